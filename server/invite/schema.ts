import { z } from "zod";

export const INVITE_CODE_LENGTH = 8;
// Crockford base32: no I, L, O or U, so a code read aloud or copied by hand is hard to get wrong.
export const INVITE_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

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

export const inviteTokenSchema = z
  .string()
  .min(16, "This invite link is incomplete. Please copy the whole link.")
  .max(128, "This invite link isn't valid.")
  .regex(/^[A-Za-z0-9_-]+$/, "This invite link isn't valid.");

export const inviteCodeSchema = z
  .string()
  .max(32, "Invite codes have 8 characters, like ABCD-2345")
  .transform(normalizeInviteCode)
  .pipe(
    z
      .string()
      .length(INVITE_CODE_LENGTH, "Invite codes have 8 characters, like ABCD-2345")
      .regex(new RegExp(`^[${INVITE_CODE_ALPHABET}]+$`), "Invite codes use only letters and numbers, like ABCD-2345"),
  );

export const acceptInviteSchema = z.union([
  z.object({ token: inviteTokenSchema }).strict(),
  z.object({ code: inviteCodeSchema }).strict(),
]);
export type AcceptInviteInput = z.input<typeof acceptInviteSchema>;

export const previewInviteSchema = z.object({ token: inviteTokenSchema }).strict();
