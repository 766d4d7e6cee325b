import { z } from "zod";

export const NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

// ASVS 6.2.4: refuse the passwords attackers try first. No composition rules (6.2.5).
const COMMON_PASSWORDS = new Set([
  "password", "password1", "password12", "password123", "12345678", "123456789", "1234567890",
  "qwertyuiop", "qwerty123", "iloveyou", "11111111", "00000000", "abc12345", "abcd1234",
  "sunshine", "princess", "football", "baseball", "welcome1", "trustno1", "letmein1", "twofold1",
]);

export const nameSchema = z
  .string()
  .trim()
  .min(1, "Please enter your name")
  .max(NAME_MAX_LENGTH, `Please keep your name to ${NAME_MAX_LENGTH} characters`);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Please enter your email")
  .max(EMAIL_MAX_LENGTH, `Email addresses are at most ${EMAIL_MAX_LENGTH} characters`)
  .pipe(z.email("Please enter a valid email address"));

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`)
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), "This password is too easy to guess. Try a short phrase instead");

export const signUpSchema = z
  .object({ name: nameSchema, email: emailSchema, password: newPasswordSchema })
  .strict();
export type SignUpInput = z.input<typeof signUpSchema>;

// Sign-in checks only the shape: length rules apply when a password is chosen, not when it is typed.
export const signInSchema = z
  .object({
    email: emailSchema,
    password: z.string().min(1, "Please enter your password").max(PASSWORD_MAX_LENGTH, "That password is too long"),
    // The second step, for accounts with two-step sign-in on (therapists).
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app.")
      .optional(),
  })
  .strict();
export type SignInInput = z.input<typeof signInSchema>;
