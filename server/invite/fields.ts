/** Invite codes without zod, so the join form checks them as the server does (server/invite/schema.ts). */
export const INVITE_CODE_LENGTH = 8;
// Crockford base32: no I, L, O or U, so a code read aloud or copied by hand is hard to get wrong.
export const INVITE_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** Longer than this is not a code, however it is spaced. */
export const INVITE_CODE_INPUT_MAX = 32;

export const INVITE_WORDS = {
  codeLength: "Invite codes have 8 characters, like ABCD-2345",
  codeAlphabet: "Invite codes use only letters and numbers, like ABCD-2345",
} as const;

/** Upper-cases, drops spaces and dashes, and reads I/L as 1 and O as 0. */
export function normalizeInviteCode(value: string): string {
  return value
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
}

export function formatInviteCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The first thing wrong with a typed code, in the words the server uses, or true. */
export function checkInviteCode(value: string): true | string {
  const code = normalizeInviteCode(value);
  if (value.length > INVITE_CODE_INPUT_MAX || code.length !== INVITE_CODE_LENGTH) return INVITE_WORDS.codeLength;
  return new RegExp(`^[${INVITE_CODE_ALPHABET}]+$`).test(code) || INVITE_WORDS.codeAlphabet;
}
