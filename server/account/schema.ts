import { z } from "zod";
import { ACCOUNT_WORDS as W, EMAIL_MAX_LENGTH, EMAIL_PATTERN, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, TOTP_CODE_PATTERN, isCommonPassword } from "./fields";

// Limits and words come from ./fields (no zod), which the forms in the browser check with too.

export const nameSchema = z.string().trim().min(1, W.nameMissing).max(NAME_MAX_LENGTH, W.nameTooLong);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, W.emailMissing)
  .max(EMAIL_MAX_LENGTH, W.emailTooLong)
  .pipe(z.email({ pattern: EMAIL_PATTERN, error: W.emailInvalid }));

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, W.passwordTooShort)
  .max(PASSWORD_MAX_LENGTH, W.passwordTooLong)
  .refine((value) => !isCommonPassword(value), W.passwordCommon);

export const signUpSchema = z
  .object({ name: nameSchema, email: emailSchema, password: newPasswordSchema })
  .strict();
export type SignUpInput = z.input<typeof signUpSchema>;

// Sign-in checks only the shape: length rules apply when a password is chosen, not when it is typed.
export const signInSchema = z
  .object({
    email: emailSchema,
    password: z.string().min(1, W.signInPasswordMissing).max(PASSWORD_MAX_LENGTH, W.signInPasswordTooLong),
    // The second step, for accounts with two-step sign-in on (therapists).
    code: z.string().trim().regex(TOTP_CODE_PATTERN, W.codeInvalid).optional(),
  })
  .strict();
export type SignInInput = z.input<typeof signInSchema>;
