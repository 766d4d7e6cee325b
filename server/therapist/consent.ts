import "server-only";
import { and, count, desc, eq, gt, inArray, isNull, max, sql } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import type { Db, DbOrTx } from "@/db";
import { therapistAccessLog, therapistConsents, therapistInvites, therapistLinks, therapistProfiles, users, type ConsentHistory, type TherapistScope } from "@/db/schema";
import { consume, limiters, refund } from "@/server/auth/rate-limit";
import type { CoupleId, Pair } from "@/server/couple/ids";
import { AppError, isUniqueViolation } from "@/server/errors";
import { INVITE_TTL_MS, inviteHash, newInviteCode } from "@/server/invite/service";
import { formatInviteCode } from "@/server/invite/fields";
import { effectiveAccess, linkState } from "./access";
import type { AcceptTherapistInviteInput } from "./schema";

/**
 * Either partner invites a therapist: a single-use link and code for 7 days, stored only hashed.
 * A new invite cancels the couple's earlier open one.
 */
export async function inviteTherapist(db: Db, pair: Pair, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  const code = newInviteCode();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  await db.transaction(async (tx) => {
    await tx
      .update(therapistInvites)
      .set({ cancelledAt: now })
      .where(and(eq(therapistInvites.coupleId, pair.coupleId), isNull(therapistInvites.usedAt), isNull(therapistInvites.cancelledAt)));
    await tx.insert(therapistInvites).values({ coupleId: pair.coupleId, invitedBy: pair.userId, tokenHash: inviteHash("therapist-token", token), codeHash: inviteHash("therapist-code", code), createdAt: now, expiresAt });
  });
  return { token, code: formatInviteCode(code), expiresAt };
}

/** Cancels the couple's open therapist invite, if any. */
export async function cancelTherapistInvite(db: Db, pair: Pair) {
  await db
    .update(therapistInvites)
    .set({ cancelledAt: new Date() })
    .where(and(eq(therapistInvites.coupleId, pair.coupleId), isNull(therapistInvites.usedAt), isNull(therapistInvites.cancelledAt)));
}

/**
 * The therapist accepts: a link to the couple, which grants nothing until both partners consent.
 * The invite row is locked, so it is used once; wrong codes are counted like couple invites'.
 */
export async function acceptTherapistInvite(db: Db, therapistId: string, input: AcceptTherapistInviteInput, options: { clientAddress?: string; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const byCode = "code" in input;
  const field = byCode ? "code" : "token";
  const limit = limiters(db);
  const codeLimit = [
    { limiter: limit.inviteCodeUser, key: therapistId },
    { limiter: limit.inviteCodeClient, key: options.clientAddress ?? "unknown" },
  ];
  if (byCode) await consume(codeLimit, (wait) => `Too many codes tried. Please wait ${wait} and try again.`);
  const hashed = byCode ? inviteHash("therapist-code", input.code) : inviteHash("therapist-token", input.token);
  try {
    const result = await db.transaction(async (tx) => {
      const [invite] = await tx
        .select()
        .from(therapistInvites)
        .where(byCode ? eq(therapistInvites.codeHash, hashed) : eq(therapistInvites.tokenHash, hashed))
        .for("update");
      if (!invite) throw new AppError("NOT_FOUND", byCode ? "We couldn't find an invitation with this code. Please check it and try again." : "This invitation link isn't valid. Ask the couple for a new one.", { field, reason: "not_found" });
      if (invite.usedAt) throw new AppError("CONFLICT", "This invitation has already been used. Ask the couple for a new one.", { field, reason: "used" });
      if (invite.cancelledAt) throw new AppError("BAD_REQUEST", "This invitation was cancelled. Ask the couple for a new one.", { field, reason: "cancelled" });
      if (invite.expiresAt <= now) throw new AppError("BAD_REQUEST", "This invitation has expired. Invitations last 7 days; ask the couple for a new one.", { field, reason: "expired" });
      await tx.update(therapistInvites).set({ usedAt: now }).where(eq(therapistInvites.id, invite.id));
      const [link] = await tx.insert(therapistLinks).values({ coupleId: invite.coupleId, therapistId, createdAt: now }).returning({ id: therapistLinks.id });
      return { linkId: link!.id, coupleId: invite.coupleId };
    });
    if (byCode) await refund(codeLimit);
    return result;
  } catch (error) {
    if (byCode && !(error instanceof AppError && error.reason === "not_found")) await refund(codeLimit);
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "You're already working with this couple in Twofold.", { field, reason: "already_linked" });
    throw error;
  }
}

/**
 * One partner's consent: the scopes they grant and how far back. It binds only them; access is
 * active only once the other partner has consented too, and covers only what both granted.
 * Consenting again replaces your earlier choice (kept, marked replaced).
 */
export async function giveConsent(db: Db, pair: Pair, input: { linkId: string; scopes: TherapistScope[]; history: ConsentHistory }, now = new Date()) {
  const isActive = async (tx: DbOrTx) => {
    const state = await linkState(tx, input.linkId);
    return state !== null && effectiveAccess(state.memberIds, state.consents) !== null;
  };
  try {
    return await db.transaction(async (tx) => {
      const [link] = await tx
        .select({ id: therapistLinks.id, therapistId: therapistLinks.therapistId })
        .from(therapistLinks)
        .where(and(eq(therapistLinks.id, input.linkId), eq(therapistLinks.coupleId, pair.coupleId), isNull(therapistLinks.endedAt)))
        .for("update");
      if (!link) throw new AppError("NOT_FOUND", "We couldn't find this therapist's access.");
      const wasActive = await isActive(tx);
      await tx
        .update(therapistConsents)
        .set({ replacedAt: now })
        .where(and(eq(therapistConsents.linkId, link.id), eq(therapistConsents.userId, pair.userId), isNull(therapistConsents.replacedAt)));
      await tx.insert(therapistConsents).values({ linkId: link.id, userId: pair.userId, scopes: [...new Set(input.scopes)], history: input.history, grantedAt: now });
      // The therapist hears of consent only when their access is (or was) in effect.
      return { linkId: link.id, therapistId: link.therapistId, concernsTherapist: wasActive || (await isActive(tx)) };
    });
  } catch (error) {
    // Two saves of one person's choice at the same moment: the unique index kept one.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Your choice was just saved from another screen. Please check it and save again if needed.", { reason: "consent_race" });
    throw error;
  }
}

/** Either partner ends a therapist's access, alone, with no reason asked. It cannot be undone. */
export async function revokeTherapist(db: Db, pair: Pair, linkId: string) {
  const [ended] = await db
    .update(therapistLinks)
    .set({ endedAt: new Date() })
    .where(and(eq(therapistLinks.id, linkId), eq(therapistLinks.coupleId, pair.coupleId), isNull(therapistLinks.endedAt)))
    .returning({ id: therapistLinks.id, therapistId: therapistLinks.therapistId });
  if (!ended) throw new AppError("NOT_FOUND", "We couldn't find this therapist's access.");
  return ended;
}

/** The couple's side: their therapists, each partner's consent, what is in effect, the open invite. */
export async function therapistOverview(db: DbOrTx, pair: Pair, now = new Date()) {
  const links = await db
    .select({ id: therapistLinks.id, createdAt: therapistLinks.createdAt, name: users.name, practice: therapistProfiles.practice, credentials: therapistProfiles.credentials })
    .from(therapistLinks)
    .innerJoin(users, eq(users.id, therapistLinks.therapistId))
    .leftJoin(therapistProfiles, eq(therapistProfiles.userId, therapistLinks.therapistId))
    .where(and(eq(therapistLinks.coupleId, pair.coupleId), isNull(therapistLinks.endedAt)))
    .orderBy(desc(therapistLinks.createdAt));
  const states = await Promise.all(links.map((link) => linkState(db, link.id)));
  const [invite] = await db
    .select({ createdAt: therapistInvites.createdAt, expiresAt: therapistInvites.expiresAt })
    .from(therapistInvites)
    .where(and(eq(therapistInvites.coupleId, pair.coupleId), isNull(therapistInvites.usedAt), isNull(therapistInvites.cancelledAt), gt(therapistInvites.expiresAt, now)));
  return {
    openInvite: invite ?? null,
    therapists: links.map((link, i) => {
      const state = states[i];
      const consents = state?.consents ?? [];
      const mine = consents.find((c) => c.userId === pair.userId) ?? null;
      const partners = consents.find((c) => c.userId === pair.partnerId) ?? null;
      const access = state ? effectiveAccess(state.memberIds, consents) : null;
      return {
        linkId: link.id,
        since: link.createdAt,
        therapist: { name: link.name, practice: link.practice, credentials: link.credentials },
        yourConsent: mine ? { scopes: mine.scopes, history: mine.history, grantedAt: mine.grantedAt } : null,
        // Only whether the partner has chosen, never what: one partner's choice is theirs, and
        // showing it would invite pressure. What is in effect (below) is what both chose.
        partnerHasChosen: partners !== null,
        active: access !== null,
        effectiveScopes: access ? [...access.scopes] : [],
        historyFrom: access?.since ?? null,
      };
    }),
  };
}

/**
 * "Who viewed what, when" for both partners. Every read is a row; shown grouped per therapist, kind
 * of record and (UTC) day with how many times and the last time, newest first, so a busy week of
 * dashboard visits doesn't bury anything.
 */
export async function accessLogFor(db: DbOrTx, coupleId: CoupleId, limit = 200) {
  const day = sql<string>`to_char(date_trunc('day', ${therapistAccessLog.at} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const rows = await db
    .select({ linkId: therapistAccessLog.linkId, scope: therapistAccessLog.scope, recordKind: therapistAccessLog.recordKind, day, times: count(), last: max(therapistAccessLog.at) })
    .from(therapistAccessLog)
    .where(eq(therapistAccessLog.coupleId, coupleId))
    .groupBy(therapistAccessLog.linkId, therapistAccessLog.scope, therapistAccessLog.recordKind, day)
    .orderBy(desc(max(therapistAccessLog.at)))
    .limit(limit);
  const linkIds = [...new Set(rows.map((r) => r.linkId))];
  const names = linkIds.length
    ? await db.select({ id: therapistLinks.id, name: users.name }).from(therapistLinks).innerJoin(users, eq(users.id, therapistLinks.therapistId)).where(inArray(therapistLinks.id, linkIds))
    : [];
  return rows.map((row) => ({
    id: `${row.linkId}:${row.recordKind}:${row.day}`,
    therapist: names.find((n) => n.id === row.linkId)?.name ?? "A therapist no longer on Twofold",
    scope: row.scope,
    recordKind: row.recordKind,
    day: row.day,
    times: row.times,
    last: new Date(row.last!),
  }));
}
