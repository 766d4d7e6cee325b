/** Limits and words for a therapist's sign-up fields; no zod here, so the sign-up form uses them too. */
export const PRACTICE_MAX = 120;
export const CREDENTIALS_MAX = 300;

export const THERAPIST_WORDS = {
  practiceTooLong: `Please keep the practice name to ${PRACTICE_MAX} characters`,
  credentialsTooLong: `Please keep your credentials to ${CREDENTIALS_MAX} characters`,
} as const;
