import { atMost, filled, trimmedAtMost } from "@/components/ui/form-rules";
import { ACCOUNT_WORDS as W, EMAIL_MAX_LENGTH, EMAIL_PATTERN, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, isCommonPassword } from "@/server/account/fields";

/** The account forms' checks (react-hook-form); the server checks the same with server/account/schema.ts. */
export const nameRules = { validate: { filled: filled(W.nameMissing), short: trimmedAtMost(NAME_MAX_LENGTH, W.nameTooLong) } };

export const emailRules = {
  validate: {
    filled: filled(W.emailMissing),
    short: trimmedAtMost(EMAIL_MAX_LENGTH, W.emailTooLong),
    email: (value: string | undefined) => EMAIL_PATTERN.test((value ?? "").trim()) || W.emailInvalid,
  },
};

export const newPasswordRules = {
  validate: {
    long: (value: string | undefined) => (value ?? "").length >= PASSWORD_MIN_LENGTH || W.passwordTooShort,
    short: atMost(PASSWORD_MAX_LENGTH, W.passwordTooLong),
    uncommon: (value: string | undefined) => !isCommonPassword(value ?? "") || W.passwordCommon,
  },
};
