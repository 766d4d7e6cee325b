import "server-only";
import { and, asc, eq, inArray, max } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db";
import { boundaries, boundaryConsents, boundaryVersions } from "@/db/schema";
import { listCommitments } from "@/server/commitments/service";
import type { Pair } from "@/server/couple/ids";

const inForce = alias(boundaryVersions, "in_force");

/**
 * What the couple has in place right now, for a printed page to bring to a session: the agreed
 * version of each boundary (not drafts under discussion) and the active commitments with progress.
 */
export async function printableAgreements(db: DbOrTx, pair: Pair, now = new Date()) {
  const agreed = await db
    .select({
      id: boundaries.id,
      versionId: inForce.id,
      version: inForce.number,
      title: inForce.title,
      description: inForce.description,
      category: inForce.category,
      reviewOn: inForce.reviewOn,
      revisitRequested: boundaries.revisitRequestedBy,
    })
    .from(boundaries)
    .innerJoin(inForce, and(eq(inForce.boundaryId, boundaries.id), eq(inForce.number, boundaries.agreedVersion)))
    .where(and(eq(boundaries.coupleId, pair.coupleId), eq(boundaries.status, "agreed")))
    .orderBy(asc(inForce.category), asc(inForce.title));
  const agreedAt = agreed.length
    ? await db
        .select({ versionId: boundaryConsents.versionId, at: max(boundaryConsents.consentedAt) })
        .from(boundaryConsents)
        .where(inArray(boundaryConsents.versionId, agreed.map((b) => b.versionId)))
        .groupBy(boundaryConsents.versionId)
    : [];
  const commitments = (await listCommitments(db, pair, now)).filter((c) => c.status === "active");
  return {
    boundaries: agreed.map(({ versionId, revisitRequested, ...b }) => ({
      ...b,
      revisitRequested: revisitRequested !== null,
      agreedAt: agreedAt.find((a) => a.versionId === versionId)?.at ?? null,
    })),
    commitments: commitments.map((c) => ({ id: c.id, owner: c.owner, what: c.what, why: c.why, question: c.question, cadence: c.cadence, startOn: c.startOn, endOn: c.endOn, progress: { keptPercent: c.progress.keptPercent, currentRun: c.progress.currentRun, longestRun: c.progress.longestRun } })),
  };
}
