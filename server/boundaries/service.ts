import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { boundaries, boundaryComments, boundaryConsents, boundaryEvents, boundaryReviewAcks, boundaryVersions, type BoundaryEventKind } from "@/db/schema";
import type { BoundaryCategory } from "./categories";
import type { Pair } from "@/server/couple/ids";
import { AppError, isUniqueViolation } from "@/server/errors";
import { agreedDraft } from "@/server/exercises/drafts";
import { holdFor, supportFor } from "@/server/safety/holds";


export interface BoundaryFields {
  title: string;
  description: string;
  category: BoundaryCategory;
  reviewOn: string | null;
}

/** Review dates are calendar days, counted in UTC. */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);

function checkReviewDate(reviewOn: string | null) {
  if (reviewOn && reviewOn < today()) {
    throw new AppError("BAD_REQUEST", "Choose a review date from today on.", { field: "reviewOn" });
  }
}

/**
 * Every change runs with the boundary row locked and checks the version the person saw is still
 * the newest: when both partners act on the same version at once, exactly one wins and the other
 * gets CONFLICT (and refetches the new state). No lost update.
 */
export interface BoundaryRef {
  boundaryId: string;
  version: number;
  revision: number;
}

async function onBoundary<T>(db: Db, pair: Pair, ref: BoundaryRef | { boundaryId: string }, act: (tx: Tx, boundary: typeof boundaries.$inferSelect) => Promise<T>) {
  return db.transaction(async (tx) => {
    const [boundary] = await tx
      .select()
      .from(boundaries)
      .where(and(eq(boundaries.id, ref.boundaryId), eq(boundaries.coupleId, pair.coupleId)))
      .for("update");
    if (!boundary) throw new AppError("NOT_FOUND", "We couldn't find this boundary.");
    if (boundary.status === "retired") throw new AppError("BAD_REQUEST", "This boundary was retired by you both, so it can't change now.", { reason: "retired" });
    if ("revision" in ref && (boundary.revision !== ref.revision || boundary.latestVersion !== ref.version)) {
      throw new AppError("CONFLICT", "Your partner just changed this boundary. Here is the newest version — please have a look before you respond.", { reason: "stale_version" });
    }
    const result = await act(tx, boundary);
    if ("revision" in ref) await tx.update(boundaries).set({ revision: boundary.revision + 1, updatedAt: new Date() }).where(eq(boundaries.id, boundary.id));
    return result;
  });
}

/** The timeline's record of what happened; written in the same transaction as the change. */
function record(tx: Tx, boundaryId: string, kind: BoundaryEventKind, version: number, byUserId: string | null) {
  return tx.insert(boundaryEvents).values({ boundaryId, kind, version, byUserId });
}

async function versionRow(tx: Tx, boundaryId: string, number: number) {
  const [row] = await tx.select({ id: boundaryVersions.id }).from(boundaryVersions).where(and(eq(boundaryVersions.boundaryId, boundaryId), eq(boundaryVersions.number, number)));
  if (!row) throw new Error("boundary version missing");
  return row;
}

/**
 * A new boundary, agreed by nobody but its proposer yet. `fromDraft` names an exercise draft you
 * both agreed to: the words may still be edited here, and one draft becomes at most one boundary.
 */
export async function proposeBoundary(db: Db, pair: Pair, fields: BoundaryFields, fromDraft?: { sessionId: string; stepIndex: number }) {
  checkReviewDate(fields.reviewOn);
  try {
    return await db.transaction(async (tx) => {
      const sourceDraftId = fromDraft ? (await agreedDraft(tx, pair, fromDraft, "boundary")).id : null;
      const [boundary] = await tx.insert(boundaries).values({ coupleId: pair.coupleId, sourceDraftId }).returning({ id: boundaries.id });
      if (!boundary) throw new Error("boundary insert returned no row");
      const [version] = await tx
        .insert(boundaryVersions)
        .values({ boundaryId: boundary.id, number: 1, ...fields, proposedBy: pair.userId })
        .returning({ id: boundaryVersions.id });
      // Proposing is consenting to your own words.
      await tx.insert(boundaryConsents).values({ versionId: version!.id, userId: pair.userId });
      await record(tx, boundary.id, "proposed", 1, pair.userId);
      // The wording is the proposal itself, so it is not held; its writer still sees the panel.
      return { id: boundary.id, supportive: supportFor([fields.title, fields.description]) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "This draft has already been proposed as a boundary.", { reason: "draft_used" });
    throw error;
  }
}

/** A new version; the agreed one (if any) stays in force until this one is agreed by both. */
export async function proposeChange(db: Db, pair: Pair, ref: BoundaryRef, fields: BoundaryFields) {
  checkReviewDate(fields.reviewOn);
  return onBoundary(db, pair, ref, async (tx, boundary) => {
    const number = boundary.latestVersion + 1;
    const [version] = await tx
      .insert(boundaryVersions)
      .values({ boundaryId: boundary.id, number, ...fields, proposedBy: pair.userId })
      .returning({ id: boundaryVersions.id });
    await tx.insert(boundaryConsents).values({ versionId: version!.id, userId: pair.userId });
    await tx.update(boundaries).set({ latestVersion: number, retireProposedBy: null, retireProposedAt: null, updatedAt: new Date() }).where(eq(boundaries.id, boundary.id));
    await record(tx, boundary.id, "changed", number, pair.userId);
    return { version: number, supportive: supportFor([fields.title, fields.description]) };
  });
}

/** An explicit yes to the newest version. Agreed only when both have said yes to that exact version. */
export async function agreeToVersion(db: Db, pair: Pair, ref: BoundaryRef) {
  return onBoundary(db, pair, ref, async (tx, boundary) => {
    if (boundary.agreedVersion === ref.version) throw new AppError("BAD_REQUEST", "You have both already agreed to this version.", { reason: "already_agreed" });
    const version = await versionRow(tx, boundary.id, ref.version);
    const inserted = await tx.insert(boundaryConsents).values({ versionId: version.id, userId: pair.userId }).onConflictDoNothing().returning({ id: boundaryConsents.id });
    if (inserted.length === 0) throw new AppError("BAD_REQUEST", "You already agreed to this version; it needs your partner's yes too.", { reason: "already_consented" });
    const [row] = await tx.select({ n: count() }).from(boundaryConsents).where(eq(boundaryConsents.versionId, version.id));
    if ((row?.n ?? 0) >= 2) {
      await tx
        .update(boundaries)
        .set({ status: "agreed", agreedVersion: ref.version, revisitRequestedBy: null, revisitRequestedAt: null, updatedAt: new Date() })
        .where(eq(boundaries.id, boundary.id));
      await record(tx, boundary.id, "agreed", ref.version, pair.userId);
    }
    return { agreed: (row?.n ?? 0) >= 2 };
  });
}

/** Asks to talk it over again; the agreed version stays in force meanwhile. */
export async function requestRevisit(db: Db, pair: Pair, ref: BoundaryRef) {
  return onBoundary(db, pair, ref, async (tx, boundary) => {
    if (boundary.status !== "agreed") throw new AppError("BAD_REQUEST", "A revisit is for a boundary you have both agreed to.", { reason: "not_agreed" });
    await tx.update(boundaries).set({ revisitRequestedBy: pair.userId, revisitRequestedAt: new Date(), updatedAt: new Date() }).where(eq(boundaries.id, boundary.id));
    await record(tx, boundary.id, "revisit-requested", boundary.agreedVersion ?? boundary.latestVersion, pair.userId);
  });
}

/** One partner proposes to retire; it is retired only when the other agrees. */
export async function proposeRetire(db: Db, pair: Pair, ref: BoundaryRef) {
  return onBoundary(db, pair, ref, async (tx, boundary) => {
    if (boundary.retireProposedBy) throw new AppError("BAD_REQUEST", "Retiring this boundary has already been proposed.", { reason: "retire_pending" });
    await tx.update(boundaries).set({ retireProposedBy: pair.userId, retireProposedAt: new Date(), updatedAt: new Date() }).where(eq(boundaries.id, boundary.id));
    await record(tx, boundary.id, "retire-proposed", boundary.agreedVersion ?? boundary.latestVersion, pair.userId);
  });
}

export async function agreeToRetire(db: Db, pair: Pair, ref: BoundaryRef) {
  return onBoundary(db, pair, ref, async (tx, boundary) => {
    if (!boundary.retireProposedBy) throw new AppError("BAD_REQUEST", "Nobody has proposed retiring this boundary.", { reason: "no_retire" });
    if (boundary.retireProposedBy === pair.userId) throw new AppError("BAD_REQUEST", "Retiring needs your partner's yes too.", { reason: "own_retire" });
    const now = new Date();
    await tx.update(boundaries).set({ status: "retired", retiredAt: now, updatedAt: now }).where(eq(boundaries.id, boundary.id));
    await record(tx, boundary.id, "retired", boundary.agreedVersion ?? boundary.latestVersion, pair.userId);
  });
}

export async function addComment(db: Db, pair: Pair, boundaryId: string, body: string) {
  return onBoundary(db, pair, { boundaryId }, async (tx, boundary) => {
    const hold = holdFor(body);
    const [comment] = await tx.insert(boundaryComments).values({ boundaryId: boundary.id, authorId: pair.userId, body, hold }).returning({ id: boundaryComments.id });
    // Held words stay the writer's until they choose; only a shared comment reaches the timeline.
    if (hold === null) await record(tx, boundary.id, "commented", boundary.latestVersion, pair.userId);
    return { id: comment!.id, supportive: hold === "held" };
  });
}

/**
 * "We looked at it": ends your own reminder for the agreed version's review date. It changes
 * nothing in the boundary and binds your partner to nothing; their reminder stays until they say so.
 */
export async function markReviewed(db: Db, pair: Pair, boundaryId: string, seenReviewOn: string) {
  return onBoundary(db, pair, { boundaryId }, async (tx, boundary) => {
    const [agreed] = boundary.agreedVersion
      ? await tx.select({ reviewOn: boundaryVersions.reviewOn }).from(boundaryVersions).where(and(eq(boundaryVersions.boundaryId, boundary.id), eq(boundaryVersions.number, boundary.agreedVersion)))
      : [];
    const reviewOn = agreed?.reviewOn;
    if (boundary.status !== "agreed" || !reviewOn || reviewOn > today()) throw new AppError("BAD_REQUEST", "This boundary has no review date that has come round.", { reason: "no_review_due" });
    if (reviewOn !== seenReviewOn) throw new AppError("CONFLICT", "This boundary has just been changed, with a new review date. Please have a look at it first.", { reason: "stale_review" });
    const inserted = await tx.insert(boundaryReviewAcks).values({ boundaryId: boundary.id, userId: pair.userId, reviewOn }).onConflictDoNothing().returning({ id: boundaryReviewAcks.id });
    if (inserted.length > 0) await record(tx, boundary.id, "reviewed", boundary.agreedVersion!, pair.userId);
  });
}
