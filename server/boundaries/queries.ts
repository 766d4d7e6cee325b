import "server-only";
import { diffWords } from "diff";
import { and, asc, desc, eq, inArray, isNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db";
import { boundaries, boundaryComments, boundaryConsents, boundaryReviewAcks, boundaryVersions } from "@/db/schema";
import type { CoupleId } from "@/server/couple/ids";
import { AppError } from "@/server/errors";
import { today } from "./service";

/** The version in force: its review date is the one that reminds. */
const agreedVersion = alias(boundaryVersions, "agreed_version");

const who = (userId: string | null, viewerId: string): "you" | "partner" | null => (userId === null ? null : userId === viewerId ? "you" : "partner");

/** Word-level changes from one version's text to the next, for the history view. */
export function wordDiff(before: string, after: string) {
  return diffWords(before, after).map((part) => ({ text: part.value, change: part.added ? "added" : part.removed ? "removed" : "same" }) as const);
}

export async function listBoundaries(db: DbOrTx, coupleId: CoupleId, viewerId: string) {
  const rows = await db
    .select({
      id: boundaries.id,
      status: boundaries.status,
      agreedVersion: boundaries.agreedVersion,
      latestVersion: boundaries.latestVersion,
      revision: boundaries.revision,
      revisitRequestedBy: boundaries.revisitRequestedBy,
      retireProposedBy: boundaries.retireProposedBy,
      updatedAt: boundaries.updatedAt,
      title: boundaryVersions.title,
      category: boundaryVersions.category,
      reviewOn: agreedVersion.reviewOn,
      reviewedByViewer: boundaryReviewAcks.id,
    })
    .from(boundaries)
    .innerJoin(boundaryVersions, and(eq(boundaryVersions.boundaryId, boundaries.id), eq(boundaryVersions.number, boundaries.latestVersion)))
    .leftJoin(agreedVersion, and(eq(agreedVersion.boundaryId, boundaries.id), eq(agreedVersion.number, boundaries.agreedVersion)))
    .leftJoin(boundaryReviewAcks, and(eq(boundaryReviewAcks.boundaryId, boundaries.id), eq(boundaryReviewAcks.userId, viewerId), eq(boundaryReviewAcks.reviewOn, agreedVersion.reviewOn)))
    .where(eq(boundaries.coupleId, coupleId))
    .orderBy(desc(boundaries.updatedAt));
  const latestIds = await db
    .select({ boundaryId: boundaryVersions.boundaryId, userId: boundaryConsents.userId })
    .from(boundaryConsents)
    .innerJoin(boundaryVersions, eq(boundaryVersions.id, boundaryConsents.versionId))
    .innerJoin(boundaries, and(eq(boundaries.id, boundaryVersions.boundaryId), eq(boundaryVersions.number, boundaries.latestVersion)))
    .where(eq(boundaries.coupleId, coupleId));
  const now = today();
  return rows.map((row) => {
    const consented = latestIds.filter((c) => c.boundaryId === row.id).map((c) => c.userId);
    const pending = row.status !== "retired" && row.agreedVersion !== row.latestVersion;
    return {
      id: row.id,
      title: row.title,
      category: row.category,
      status: row.status,
      version: row.latestVersion,
      revision: row.revision,
      agreedVersion: row.agreedVersion,
      changePending: pending,
      waitingForYou: pending && !consented.includes(viewerId),
      revisitRequested: row.revisitRequestedBy !== null,
      retireProposedBy: who(row.retireProposedBy, viewerId),
      reviewOn: row.status === "agreed" ? row.reviewOn : null,
      // Until this viewer says "we looked at it" (the partner's reminder is their own).
      reviewDue: row.status === "agreed" && row.reviewOn !== null && row.reviewOn <= now && row.reviewedByViewer === null,
      updatedAt: row.updatedAt,
    };
  });
}

/**
 * In-app review reminders: agreed boundaries whose review date (of the version in force) has come,
 * until this viewer marks that date as looked at. Each partner is reminded separately.
 */
export async function dueReviews(db: DbOrTx, coupleId: CoupleId, viewerId: string, now = new Date()) {
  return db
    .select({ boundaryId: boundaries.id, title: agreedVersion.title, reviewOn: agreedVersion.reviewOn })
    .from(boundaries)
    .innerJoin(agreedVersion, and(eq(agreedVersion.boundaryId, boundaries.id), eq(agreedVersion.number, boundaries.agreedVersion)))
    .leftJoin(boundaryReviewAcks, and(eq(boundaryReviewAcks.boundaryId, boundaries.id), eq(boundaryReviewAcks.userId, viewerId), eq(boundaryReviewAcks.reviewOn, agreedVersion.reviewOn)))
    .where(and(eq(boundaries.coupleId, coupleId), eq(boundaries.status, "agreed"), lte(agreedVersion.reviewOn, today(now)), isNull(boundaryReviewAcks.id)))
    .orderBy(asc(agreedVersion.reviewOn)) as Promise<{ boundaryId: string; title: string; reviewOn: string }[]>;
}

/** One boundary with its whole history: every version, who proposed and who agreed when, diffs, comments. */
export async function getBoundary(db: DbOrTx, coupleId: CoupleId, boundaryId: string, viewerId: string) {
  const [boundary] = await db.select().from(boundaries).where(and(eq(boundaries.id, boundaryId), eq(boundaries.coupleId, coupleId)));
  if (!boundary) throw new AppError("NOT_FOUND", "We couldn't find this boundary.");
  const versions = await db.select().from(boundaryVersions).where(eq(boundaryVersions.boundaryId, boundary.id)).orderBy(asc(boundaryVersions.number));
  const consents = versions.length
    ? await db
        .select({ versionId: boundaryConsents.versionId, userId: boundaryConsents.userId, consentedAt: boundaryConsents.consentedAt })
        .from(boundaryConsents)
        .where(inArray(boundaryConsents.versionId, versions.map((v) => v.id)))
    : [];
  const comments = await db
    .select({ id: boundaryComments.id, authorId: boundaryComments.authorId, body: boundaryComments.body, hold: boundaryComments.hold, createdAt: boundaryComments.createdAt })
    .from(boundaryComments)
    .where(eq(boundaryComments.boundaryId, boundary.id))
    .orderBy(asc(boundaryComments.createdAt));

  return {
    id: boundary.id,
    status: boundary.status,
    version: boundary.latestVersion,
    revision: boundary.revision,
    agreedVersion: boundary.agreedVersion,
    revisitRequestedBy: who(boundary.revisitRequestedBy, viewerId),
    retireProposedBy: who(boundary.retireProposedBy, viewerId),
    retiredAt: boundary.retiredAt,
    versions: versions.map((v, index) => {
      const previous = versions[index - 1];
      return {
        number: v.number,
        title: v.title,
        description: v.description,
        category: v.category,
        reviewOn: v.reviewOn,
        proposedBy: who(v.proposedBy, viewerId),
        proposedAt: v.proposedAt,
        consents: consents.filter((c) => c.versionId === v.id).map((c) => ({ by: who(c.userId, viewerId), at: c.consentedAt })),
        diff: previous ? wordDiff(`${previous.title}\n${previous.description}`, `${v.title}\n${v.description}`) : null,
      };
    }),
    // Held or private comments are their writer's alone: the partner doesn't learn they exist.
    comments: comments
      .filter((c) => c.hold === null || c.authorId === viewerId)
      .map((c) => ({ id: c.id, by: who(c.authorId, viewerId), body: c.body, hold: c.authorId === viewerId ? c.hold : null, at: c.createdAt })),
  };
}
export type BoundaryDetail = Awaited<ReturnType<typeof getBoundary>>;
