import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { coupleMembers, couples, therapistAccessLog, therapistConsents, therapistLinks, type ConsentHistory, type TherapistScope } from "@/db/schema";
import type { CoupleId } from "@/server/couple/ids";
import { AppError } from "@/server/errors";

export const THERAPIST_SCOPES = ["answers", "boundaries", "commitments", "moods"] as const satisfies readonly TherapistScope[];

/** What a therapist may see of one couple right now. */
export interface TherapistAccess {
  linkId: string;
  coupleId: CoupleId;
  /** Only what both partners granted. */
  scopes: ReadonlySet<TherapistScope>;
  /** Nothing made before this moment, when either partner chose "from now on"; null for all history. */
  since: Date | null;
}

export interface ConsentRow {
  userId: string;
  scopes: TherapistScope[];
  history: ConsentHistory;
  grantedAt: Date;
}

/**
 * The rule of dual consent, in one pure function: access needs a current consent from each of the
 * couple's current members; the scopes are the intersection; "from now on" from either partner
 * starts the window at the later of their consents. One partner's consent alone grants nothing.
 */
export function effectiveAccess(memberIds: readonly string[], consents: readonly ConsentRow[]): { scopes: Set<TherapistScope>; since: Date | null } | null {
  if (memberIds.length !== 2) return null;
  const byMember = memberIds.map((id) => consents.find((c) => c.userId === id));
  if (byMember.some((c) => c === undefined)) return null;
  const [first, second] = byMember as [ConsentRow, ConsentRow];
  const scopes = new Set(first.scopes.filter((scope) => second.scopes.includes(scope)));
  if (scopes.size === 0) return null;
  const fromNow = [first, second].filter((c) => c.history === "from-now").map((c) => c.grantedAt.getTime());
  return { scopes, since: fromNow.length ? new Date(Math.max(...fromNow)) : null };
}

/** These couples' current members, and their current consents on these links (one query each). */
async function membersAndConsents(db: DbOrTx, coupleIds: string[], linkIds: string[]) {
  const [members, consents] = await Promise.all([
    db.select({ coupleId: coupleMembers.coupleId, userId: coupleMembers.userId }).from(coupleMembers).where(and(inArray(coupleMembers.coupleId, coupleIds), isNull(coupleMembers.leftAt))),
    db
      .select({ linkId: therapistConsents.linkId, userId: therapistConsents.userId, scopes: therapistConsents.scopes, history: therapistConsents.history, grantedAt: therapistConsents.grantedAt })
      .from(therapistConsents)
      .where(and(inArray(therapistConsents.linkId, linkIds), isNull(therapistConsents.replacedAt))),
  ]);
  return (coupleId: string, linkId?: string) => {
    const memberIds = members.filter((m) => m.coupleId === coupleId).map((m) => m.userId);
    // A consent from someone no longer in the couple counts for nothing.
    return { memberIds, consents: consents.filter((c) => (linkId === undefined || c.linkId === linkId) && memberIds.includes(c.userId)) };
  };
}

/**
 * The members, link and current consents behind each of these links whose link and couple are
 * still open, in three queries however many links there are (the dashboard reads them all).
 */
export async function linkStates(db: DbOrTx, linkIds: string[]) {
  if (linkIds.length === 0) return [];
  const links = await db
    .select({ id: therapistLinks.id, coupleId: therapistLinks.coupleId, therapistId: therapistLinks.therapistId, createdAt: therapistLinks.createdAt })
    .from(therapistLinks)
    .innerJoin(couples, eq(couples.id, therapistLinks.coupleId))
    .where(and(inArray(therapistLinks.id, linkIds), isNull(therapistLinks.endedAt), isNull(couples.endedAt)));
  if (links.length === 0) return [];
  const of = await membersAndConsents(db, links.map((l) => l.coupleId), links.map((l) => l.id));
  return links.map((link) => ({ link, ...of(link.coupleId, link.id) }));
}

/** The members, link and current consents behind one link, if the link and its couple are open. */
export async function linkState(db: DbOrTx, linkId: string) {
  const [state] = await linkStates(db, [linkId]);
  return state ?? null;
}

/**
 * The access a therapist has through one link, checked afresh on every request: a revoked link, an
 * ended couple or a withdrawn consent takes effect on the next call. NOT_FOUND for a link that is
 * not this therapist's; FORBIDDEN while access is not (or no longer) active.
 */
export async function therapistAccess(db: DbOrTx, therapistId: string, linkId: string): Promise<TherapistAccess> {
  const state = await linkState(db, linkId);
  if (!state || state.link.therapistId !== therapistId) throw new AppError("NOT_FOUND", "We couldn't find this couple.");
  const access = effectiveAccess(state.memberIds, state.consents);
  if (!access) throw new AppError("FORBIDDEN", "You don't have access to this couple's progress right now.");
  return { linkId: state.link.id, coupleId: state.link.coupleId as CoupleId, ...access };
}

/** FORBIDDEN unless both partners granted this scope. */
export function requireScope(access: TherapistAccess, scope: TherapistScope): void {
  if (!access.scopes.has(scope)) throw new AppError("FORBIDDEN", "This couple hasn't shared this part with you.");
}

/**
 * One append-only row per therapist read: scope, record kind, time — never content or ids of
 * people. Written before the data is returned, so no read goes unrecorded.
 */
export async function logRead(db: DbOrTx, access: Pick<TherapistAccess, "linkId" | "coupleId">, scope: TherapistScope | "summary" | "homework", recordKind: string): Promise<void> {
  await logReads(db, [access], scope, recordKind);
}

/** The same read of several couples (the dashboard), logged once per couple in one statement. */
export async function logReads(db: DbOrTx, accesses: ReadonlyArray<Pick<TherapistAccess, "linkId" | "coupleId">>, scope: TherapistScope | "summary" | "homework", recordKind: string): Promise<void> {
  if (accesses.length === 0) return;
  await db.insert(therapistAccessLog).values(accesses.map((access) => ({ linkId: access.linkId, coupleId: access.coupleId, scope, recordKind })));
}

/** Every open link of a couple whose access is active and covers this scope (for realtime fan-out). */
export async function activeLinksFor(db: DbOrTx, coupleId: string, scope: TherapistScope): Promise<Array<{ id: string; since: Date | null }>> {
  const links = await db.select({ id: therapistLinks.id }).from(therapistLinks).where(and(eq(therapistLinks.coupleId, coupleId), isNull(therapistLinks.endedAt)));
  if (links.length === 0) return [];
  const of = await membersAndConsents(db, [coupleId], links.map((l) => l.id));
  return links.flatMap((link) => {
    const { memberIds, consents } = of(coupleId, link.id);
    const access = effectiveAccess(memberIds, consents);
    return access?.scopes.has(scope) ? [{ id: link.id, since: access.since }] : [];
  });
}
