import "server-only";
import { and, eq, isNull, or } from "drizzle-orm";
import { createHmac, randomBytes, randomInt } from "node:crypto";
import type { Db, DbOrTx } from "@/db";
import { coupleInvites, coupleMembers, couples, users } from "@/db/schema";
import { consume, limiters, refund } from "@/server/auth/rate-limit";
import { authSecret } from "@/server/env";
import { AppError, isUniqueViolation } from "@/server/errors";
import { findActiveMembership } from "@/server/couple/queries";
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, formatInviteCode } from "./fields";
import { acceptInviteSchema, type AcceptInviteInput } from "./schema";

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Keyed hash: the database holds no usable link or code, and a short code cannot be brute-forced
 * offline. The kind keeps couple and therapist invitations apart.
 */
export function inviteHash(kind: "token" | "code" | "therapist-token" | "therapist-code", value: string): string {
  return createHmac("sha256", authSecret()).update(`invite-${kind}:${value}`).digest("base64url");
}

export function newInviteCode(): string {
  let code = "";
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)];
  return code;
}

const openInvite = (inviterId: string) =>
  and(eq(coupleInvites.inviterId, inviterId), isNull(coupleInvites.acceptedAt), isNull(coupleInvites.revokedAt));

export interface CreatedInvite {
  token: string;
  code: string;
  expiresAt: Date;
}

/** A new single-use invite. Any open invite of this user is cancelled: one open invite at a time. */
export async function createInvite(db: Db, inviterId: string, now = new Date()): Promise<CreatedInvite> {
  if (await findActiveMembership(db, inviterId)) {
    throw new AppError("CONFLICT", "You're already linked with a partner.", { reason: "already_linked" });
  }
  const token = randomBytes(32).toString("base64url");
  const code = newInviteCode();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  try {
    await db.transaction(async (tx) => {
      await tx.update(coupleInvites).set({ revokedAt: now }).where(openInvite(inviterId));
      await tx.insert(coupleInvites).values({
        inviterId,
        tokenHash: inviteHash("token", token),
        codeHash: inviteHash("code", code),
        createdAt: now,
        expiresAt,
      });
    });
  } catch (error) {
    // Two taps at once (one open invite per person), or a code collision: nothing was written.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "An invite was just created. Please try again.", { reason: "invite_race" });
    throw error;
  }
  return { token, code: formatInviteCode(code), expiresAt };
}

export async function currentInvite(db: DbOrTx, inviterId: string, now = new Date()) {
  const invite = await db.query.coupleInvites.findFirst({
    where: openInvite(inviterId),
    columns: { createdAt: true, expiresAt: true },
  });
  return invite ? { ...invite, expired: invite.expiresAt <= now } : null;
}

export async function revokeInvite(db: DbOrTx, inviterId: string): Promise<void> {
  await db.update(coupleInvites).set({ revokedAt: new Date() }).where(openInvite(inviterId));
}

type InviteState = "open" | "used" | "expired" | "cancelled";

function stateOf(invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InviteState {
  if (invite.acceptedAt) return "used";
  if (invite.revokedAt) return "cancelled";
  if (invite.expiresAt <= now) return "expired";
  return "open";
}

/** What the invite page shows before accepting. The inviter's name is shown only for an open invite. */
export async function previewInvite(db: DbOrTx, token: string, now = new Date()) {
  const [invite] = await db
    .select({
      acceptedAt: coupleInvites.acceptedAt,
      revokedAt: coupleInvites.revokedAt,
      expiresAt: coupleInvites.expiresAt,
      inviterName: users.name,
    })
    .from(coupleInvites)
    .innerJoin(users, eq(users.id, coupleInvites.inviterId))
    .where(eq(coupleInvites.tokenHash, inviteHash("token", token)))
    .limit(1);
  if (!invite) return { state: "not_found" as const };
  const state = stateOf(invite, now);
  return state === "open"
    ? { state, inviterName: invite.inviterName, expiresAt: invite.expiresAt }
    : { state };
}

const UNUSABLE: Record<Exclude<InviteState, "open">, { code: "CONFLICT" | "BAD_REQUEST"; message: string }> = {
  used: { code: "CONFLICT", message: "This invite has already been used. Ask your partner for a new one." },
  expired: { code: "BAD_REQUEST", message: "This invite has expired. Invites last 7 days; ask your partner for a new one." },
  cancelled: { code: "BAD_REQUEST", message: "This invite was cancelled. Ask your partner for a new one." },
};

/**
 * Accept an invite by link token or short code: creates the couple with exactly these two people.
 * One transaction, with the invite row locked, so two people accepting at once get one couple.
 */
export async function acceptInvite(
  db: Db,
  userId: string,
  input: AcceptInviteInput,
  options: { clientAddress?: string; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  const parsed = acceptInviteSchema.parse(input);
  const byCode = "code" in parsed;
  const field = byCode ? "code" : "token";
  const limit = limiters(db);
  const codeLimit = [
    { limiter: limit.inviteCodeUser, key: userId },
    { limiter: limit.inviteCodeClient, key: options.clientAddress ?? "unknown" },
  ];
  // Counted before the lookup, so parallel guesses cannot slip past; only wrong codes keep the count.
  if (byCode) await consume(codeLimit, (wait) => `Too many codes tried. Please wait ${wait} and try again.`);

  const hashed = byCode ? inviteHash("code", parsed.code) : inviteHash("token", parsed.token);
  try {
    const linked = await db.transaction(async (tx) => {
      const [invite] = await tx
        .select({
          id: coupleInvites.id,
          inviterId: coupleInvites.inviterId,
          acceptedAt: coupleInvites.acceptedAt,
          revokedAt: coupleInvites.revokedAt,
          expiresAt: coupleInvites.expiresAt,
        })
        .from(coupleInvites)
        .where(byCode ? eq(coupleInvites.codeHash, hashed) : eq(coupleInvites.tokenHash, hashed))
        .for("update")
        .limit(1);
      if (!invite) {
        throw new AppError("NOT_FOUND", byCode ? "We couldn't find an invite with this code. Please check it and try again." : "This invite link isn't valid. Ask your partner for a new one.", { field, reason: "not_found" });
      }
      // A therapist account is never a partner in a couple (the procedure checks it too).
      const [roles] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
      if (roles?.role !== "partner") throw new AppError("FORBIDDEN", "A therapist account can't join a couple as a partner.", { field, reason: "therapist" });
      if (invite.inviterId === userId) {
        throw new AppError("BAD_REQUEST", "This is your own invite. Share it with your partner so they can join you.", { field, reason: "own_invite" });
      }
      const state = stateOf(invite, now);
      if (state !== "open") throw new AppError(UNUSABLE[state].code, UNUSABLE[state].message, { field, reason: state });
      if (await findActiveMembership(tx, userId)) {
        throw new AppError("CONFLICT", "You're already linked with a partner. To link with someone else, leave your current space first.", { field, reason: "already_linked" });
      }
      if (await findActiveMembership(tx, invite.inviterId)) {
        throw new AppError("CONFLICT", "This invite can no longer be used. Ask your partner for a new one.", { field, reason: "inviter_linked" });
      }

      const [couple] = await tx.insert(couples).values({ createdAt: now }).returning({ id: couples.id, since: couples.createdAt });
      if (!couple) throw new Error("couple insert returned no row");
      await tx.insert(coupleMembers).values([
        { coupleId: couple.id, userId: invite.inviterId, joinedAt: now },
        { coupleId: couple.id, userId, joinedAt: now },
      ]);
      await tx.update(coupleInvites).set({ acceptedAt: now, acceptedBy: userId }).where(eq(coupleInvites.id, invite.id));
      // Neither person can be invited into a second couple by an invite they sent earlier.
      await tx
        .update(coupleInvites)
        .set({ revokedAt: now })
        .where(
          and(
            or(eq(coupleInvites.inviterId, userId), eq(coupleInvites.inviterId, invite.inviterId)),
            isNull(coupleInvites.acceptedAt),
            isNull(coupleInvites.revokedAt),
          ),
        );
      return { coupleId: couple.id, inviterId: invite.inviterId, since: couple.since };
    });
    if (byCode) await refund(codeLimit);
    return linked;
  } catch (error) {
    if (byCode && !(error instanceof AppError && error.reason === "not_found")) await refund(codeLimit);
    // Someone else linked either person in the same instant: the partial unique index decided.
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "One of you was linked with someone else a moment ago. Please refresh and try again.", { field, reason: "already_linked" });
    }
    throw error;
  }
}
