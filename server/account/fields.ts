/**
 * What account fields may hold, and the words for it. No zod here: the browser's forms check with
 * these (react-hook-form rules) and server/account/schema.ts builds the server's zod schemas from them.
 */
export const NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** zod's own email pattern, named so the form and the server check the same thing. */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

// ASVS 6.2.4: refuse the passwords attackers try first. No composition rules (6.2.5).
const COMMON_PASSWORDS = new Set([
  "password", "password1", "password12", "password123", "12345678", "123456789", "1234567890",
  "qwertyuiop", "qwerty123", "iloveyou", "11111111", "00000000", "abc12345", "abcd1234",
  "sunshine", "princess", "football", "baseball", "welcome1", "trustno1", "letmein1", "twofold1",
]);

export const isCommonPassword = (value: string) => COMMON_PASSWORDS.has(value.toLowerCase());

export const ACCOUNT_WORDS = {
  nameMissing: "Please enter your name",
  nameTooLong: `Please keep your name to ${NAME_MAX_LENGTH} characters`,
  emailMissing: "Please enter your email",
  emailTooLong: `Email addresses are at most ${EMAIL_MAX_LENGTH} characters`,
  emailInvalid: "Please enter a valid email address",
  passwordTooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters`,
  passwordTooLong: `Use at most ${PASSWORD_MAX_LENGTH} characters`,
  passwordCommon: "This password is too easy to guess. Try a short phrase instead",
  signInPasswordMissing: "Please enter your password",
  signInPasswordTooLong: "That password is too long",
  codeInvalid: "Enter the 6-digit code from your authenticator app.",
} as const;

/** A code from an authenticator app (after trimming). */
export const TOTP_CODE_PATTERN = /^\d{6}$/;
