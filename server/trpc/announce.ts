import "server-only";
import type { DbOrTx } from "@/db";
import { eq } from "drizzle-orm";
import { boundaries, commitments, exerciseSessions, moodCheckIns, type TherapistScope } from "@/db/schema";
import { userChannelsOf } from "@/server/auth/sessions";
import { careChannel, coupleChannel, userChannel, type RealtimeEvent } from "@/server/realtime/events";
import { announce } from "@/server/realtime/publish";
import type { Audience } from "@/server/safety/holds";
import { activeLinksFor } from "@/server/therapist/access";

// Which therapist scope an event belongs to; kinds not listed never reach a therapist.
const SCOPE_OF: Partial<Record<RealtimeEvent["kind"], TherapistScope>> = { boundary: "boundaries", commitment: "commitments", exercise: "answers", mood: "moods" };

/**
 * Announces a change to the couple: both partners' devices, and each therapist whose active access
 * covers that kind of record (kind and id only; they refetch through tRPC, where access is checked
 * again). `therapists: false` for changes a therapist can never see (comments, reflections, turns,
 * drafts, breaks, review marks): even an event with no content would tell them when the couple was
 * active. Nor does a therapist with "from now on" hear of records made before it. A failure to
 * look up therapists never fails the write.
 */
export async function announceCouple(db: DbOrTx, coupleId: string, event: RealtimeEvent, options: { therapists?: boolean } = {}): Promise<void> {
  const scope = options.therapists === false ? undefined : SCOPE_OF[event.kind];
  let care: string[] = [];
  if (scope && "id" in event) {
    try {
      const links = await activeLinksFor(db, coupleId, scope);
      const made = links.some((l) => l.since) ? await recordMadeAt(db, event.kind, event.id) : null;
      care = links.filter((l) => !l.since || (made !== null && made >= l.since)).map((l) => careChannel(l.id));
    } catch {
      console.warn(`[realtime] could not look up therapists for a "${event.kind}" change`);
    }
  }
  await announce([coupleChannel(coupleId), ...care], event);
}

/** When the record an event names was made (null when unknown: then "from now on" hears nothing). */
async function recordMadeAt(db: DbOrTx, kind: RealtimeEvent["kind"], id: string): Promise<Date | null> {
  const table = { boundary: [boundaries, boundaries.id, boundaries.createdAt], commitment: [commitments, commitments.id, commitments.createdAt], exercise: [exerciseSessions, exerciseSessions.id, exerciseSessions.startedAt], mood: [moodCheckIns, moodCheckIns.id, moodCheckIns.createdAt] } as const;
  if (!(kind in table)) return null;
  const [from, idColumn, madeColumn] = table[kind as keyof typeof table];
  const [row] = await db.select({ at: madeColumn }).from(from).where(eq(idColumn, id)).limit(1);
  return row?.at ?? null;
}

/**
 * Announces a change to exactly those who can see it: the couple (and consenting therapists) when
 * the partner can, otherwise only the writer's own channel (their other devices). The partner never
 * receives an event for something they cannot see — an event with no content would still say it
 * happened.
 */
export function announceTo(
  ctx: { db: DbOrTx; user: { id: string }; realtimeEpoch: number },
  target: { coupleId: string | null; audience: Audience; therapists?: boolean },
  event: RealtimeEvent,
): Promise<void> {
  if (target.audience === "couple" && target.coupleId) return announceCouple(ctx.db, target.coupleId, event, { therapists: target.therapists });
  return announce([userChannel(ctx.user.id, ctx.realtimeEpoch)], event);
}

/**
 * A therapist's access ended (revoked, the couple ended, an account deleted): the last event their
 * care channel ever carries, and a notice on their own channel, so an open page refetches and shows
 * that access has ended.
 */
export async function announceLinksEnded(db: DbOrTx, links: ReadonlyArray<{ id: string; therapistId: string }>): Promise<void> {
  for (const link of links) {
    const own = await userChannelsOf(db, [link.therapistId]);
    await announce([careChannel(link.id), ...own], { kind: "therapist", id: link.id });
  }
}
