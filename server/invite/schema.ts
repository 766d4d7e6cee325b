import { z } from "zod";
import { INVITE_CODE_ALPHABET, INVITE_CODE_INPUT_MAX, INVITE_CODE_LENGTH, INVITE_WORDS, normalizeInviteCode } from "./fields";

export const inviteTokenSchema = z
  .string()
  .min(16, "This invite link is incomplete. Please copy the whole link.")
  .max(128, "This invite link isn't valid.")
  .regex(/^[A-Za-z0-9_-]+$/, "This invite link isn't valid.");

export const inviteCodeSchema = z
  .string()
  .max(INVITE_CODE_INPUT_MAX, INVITE_WORDS.codeLength)
  .transform(normalizeInviteCode)
  .pipe(
    z
      .string()
      .length(INVITE_CODE_LENGTH, INVITE_WORDS.codeLength)
      .regex(new RegExp(`^[${INVITE_CODE_ALPHABET}]+$`), INVITE_WORDS.codeAlphabet),
  );

export const acceptInviteSchema = z.union([
  z.object({ token: inviteTokenSchema }).strict(),
  z.object({ code: inviteCodeSchema }).strict(),
]);
export type AcceptInviteInput = z.input<typeof acceptInviteSchema>;

export const previewInviteSchema = z.object({ token: inviteTokenSchema }).strict();
