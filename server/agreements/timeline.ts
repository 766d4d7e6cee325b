import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db";
import { boundaries, boundaryEvents, boundaryVersions, checkInResponses, commitmentCheckIns, commitmentEvents, commitments, type BoundaryEventKind, type CommitmentEventKind } from "@/db/schema";
import type { Outcome } from "@/server/commitments/periods";
import type { Pair } from "@/server/couple/ids";
import type { TimelineFilter } from "./schema";

type Who = "you" | "partner" | null;

/** created_at to the microsecond, as text that sorts in time order across tables. */
const orderKey = (column: AnyPgColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYYMMDDHH24MISSUS')`;

/**
 * One line of the trust timeline. It names what happened, to which agreement, by whom and when —
 * titles and outcomes only; notes and comments stay on their own pages.
 */
export type TimelineEntry = { id: string; at: Date; by: Who; /** Microsecond order key (a Date keeps only ms). */ key: string } & (
  | { area: "boundaries"; kind: BoundaryEventKind; boundaryId: string; title: string; version: number }
  | { area: "commitments"; kind: CommitmentEventKind; commitmentId: string; title: string; detail: string | null }
  | { area: "check-ins"; kind: "check-in"; commitmentId: string; title: string; period: string; outcome: Outcome }
  | { area: "check-ins"; kind: "response"; commitmentId: string; title: string; period: string; response: "confirmed" | "unsure" }
);

/**
 * The couple's agreements and check-ins, newest first, filtered by area and by whose action it was.
 * Each source is read newest-first up to the limit and the lists are merged, so the newest `limit`
 * entries overall are exact.
 */
export async function timeline(db: DbOrTx, pair: Pair, filter: TimelineFilter): Promise<TimelineEntry[]> {
  const who = (userId: string | null): Who => (userId === null ? null : userId === pair.userId ? "you" : "partner");
  const actor = (column: AnyPgColumn) => (filter.person === "anyone" ? undefined : eq(column, filter.person === "you" ? pair.userId : pair.partnerId));
  const wants = new Set(filter.areas);
  const { limit } = filter;

  const sources: Promise<TimelineEntry[]>[] = [];
  if (wants.has("boundaries")) {
    sources.push(
      db
        .select({ id: boundaryEvents.id, at: boundaryEvents.createdAt, key: orderKey(boundaryEvents.createdAt), byUserId: boundaryEvents.byUserId, kind: boundaryEvents.kind, boundaryId: boundaryEvents.boundaryId, version: boundaryEvents.version, title: boundaryVersions.title })
        .from(boundaryEvents)
        .innerJoin(boundaries, eq(boundaries.id, boundaryEvents.boundaryId))
        .innerJoin(boundaryVersions, and(eq(boundaryVersions.boundaryId, boundaryEvents.boundaryId), eq(boundaryVersions.number, boundaryEvents.version)))
        .where(and(eq(boundaries.coupleId, pair.coupleId), actor(boundaryEvents.byUserId)))
        .orderBy(desc(boundaryEvents.createdAt), desc(boundaryEvents.id))
        .limit(limit)
        .then((rows) => rows.map((r) => ({ id: `b-${r.id}`, at: r.at, key: r.key, by: who(r.byUserId), area: "boundaries" as const, kind: r.kind, boundaryId: r.boundaryId, title: r.title, version: r.version }))),
    );
  }
  if (wants.has("commitments")) {
    sources.push(
      db
        .select({ id: commitmentEvents.id, at: commitmentEvents.createdAt, key: orderKey(commitmentEvents.createdAt), byUserId: commitmentEvents.byUserId, kind: commitmentEvents.kind, detail: commitmentEvents.detail, commitmentId: commitments.id, title: commitments.what })
        .from(commitmentEvents)
        .innerJoin(commitments, eq(commitments.id, commitmentEvents.commitmentId))
        .where(and(eq(commitments.coupleId, pair.coupleId), actor(commitmentEvents.byUserId)))
        .orderBy(desc(commitmentEvents.createdAt), desc(commitmentEvents.id))
        .limit(limit)
        .then((rows) => rows.map((r) => ({ id: `c-${r.id}`, at: r.at, key: r.key, by: who(r.byUserId), area: "commitments" as const, kind: r.kind, commitmentId: r.commitmentId, title: r.title, detail: r.detail }))),
    );
  }
  if (wants.has("check-ins")) {
    sources.push(
      db
        .select({ id: commitmentCheckIns.id, at: commitmentCheckIns.createdAt, key: orderKey(commitmentCheckIns.createdAt), ownerId: commitments.ownerId, commitmentId: commitments.id, title: commitments.what, period: commitmentCheckIns.period, outcome: commitmentCheckIns.outcome })
        .from(commitmentCheckIns)
        .innerJoin(commitments, eq(commitments.id, commitmentCheckIns.commitmentId))
        .where(and(eq(commitments.coupleId, pair.coupleId), actor(commitments.ownerId)))
        .orderBy(desc(commitmentCheckIns.createdAt), desc(commitmentCheckIns.id))
        .limit(limit)
        .then((rows) => rows.map((r) => ({ id: `k-${r.id}`, at: r.at, key: r.key, by: who(r.ownerId), area: "check-ins" as const, kind: "check-in" as const, commitmentId: r.commitmentId, title: r.title, period: r.period, outcome: r.outcome }))),
      db
        .select({ id: checkInResponses.id, at: checkInResponses.createdAt, key: orderKey(checkInResponses.createdAt), responderId: checkInResponses.responderId, response: checkInResponses.response, commitmentId: commitments.id, title: commitments.what, period: commitmentCheckIns.period })
        .from(checkInResponses)
        .innerJoin(commitmentCheckIns, eq(commitmentCheckIns.id, checkInResponses.checkInId))
        .innerJoin(commitments, eq(commitments.id, commitmentCheckIns.commitmentId))
        .where(and(eq(commitments.coupleId, pair.coupleId), actor(checkInResponses.responderId)))
        .orderBy(desc(checkInResponses.createdAt), desc(checkInResponses.id))
        .limit(limit)
        .then((rows) => rows.map((r) => ({ id: `r-${r.id}`, at: r.at, key: r.key, by: who(r.responderId), area: "check-ins" as const, kind: "response" as const, commitmentId: r.commitmentId, title: r.title, period: r.period, response: r.response }))),
    );
  }
  const merged = (await Promise.all(sources)).flat();
  const newestFirst = (a: TimelineEntry, b: TimelineEntry) => (a.key === b.key ? (a.id < b.id ? 1 : -1) : a.key < b.key ? 1 : -1);
  return merged.sort(newestFirst).slice(0, limit);
}
