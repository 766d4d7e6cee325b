/** Commitment limits and their words, without zod: the commitment forms check with these too (server/commitments/schema.ts is the server's check). */
export const COMMITMENT_TEXT_MAX = 200;
export const COMMITMENT_NOTE_MAX = 1_000;

export const COMMITMENT_WORDS = {
  whatMissing: "Please say what you commit to.",
  questionMissing: "Please write the check-in question.",
  textTooLong: `Please keep this to ${COMMITMENT_TEXT_MAX} characters.`,
  noteTooLong: `Please keep notes to ${COMMITMENT_NOTE_MAX.toLocaleString("en")} characters.`,
  startMissing: "Choose a start date.",
} as const;
