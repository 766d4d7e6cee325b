import { count, eq } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { getDatabase } from "@/db";
import * as schema from "@/db/schema";
import { resolveSession } from "@/server/auth/sessions";
import { addDays } from "@/server/commitments/periods";
import { createCaller } from "@/server/trpc/routers/_app";
import { POLICY } from "../authz/policy";
import { PROCEDURE_TYPES, procedureAt } from "../authz/procedures";
import { seedWorld, today, ZONE, type Actor, type World } from "../authz/world";
import { createCouple, createTherapist } from "../factories";
import { testDb } from "../support/db";

/**
 * SQL statements per read procedure, counted through drizzle's logger on the same connection, with
 * a small couple and again after adding five times as much of everything. A count that grows with
 * the data is an N+1 and fails. The export is the one exception, on purpose: it reads each record
 * through the app's own procedures, so it can hold nothing the ladder wouldn't show.
 */
const GROWS_BY_DESIGN = new Set(["account.export"]);

async function countingDb(db: Db): Promise<{ db: Db; count: () => number; reset: () => void }> {
  let n = 0;
  const logger = { logQuery: () => void (n += 1) };
  const { kind } = await getDatabase();
  const client = (db as unknown as { $client: unknown }).$client;
  const counted = (kind === "postgres" ? drizzlePostgres({ client: client as never, schema, logger }) : drizzlePglite({ client: client as never, schema, logger })) as unknown as Db;
  return { db: counted, count: () => n, reset: () => void (n = 0) };
}

async function countsFor(w: World, counting: Awaited<ReturnType<typeof countingDb>>, actor: Actor) {
  const caller = createCaller({ db: counting.db, viewer: w.viewers[actor], headers: new Headers() });
  const counts: Record<string, number> = {};
  for (const [path, spec] of Object.entries(POLICY)) {
    if (PROCEDURE_TYPES[path] !== "query" || spec.expect[actor] !== "ok" || GROWS_BY_DESIGN.has(path)) continue;
    counting.reset();
    await procedureAt(caller, path)(spec.input?.(w, actor));
    counts[path] = counting.count();
  }
  return counts;
}

/** Five more of everything a couple keeps: boundaries with comments, commitments with check-ins, sessions, moods. */
async function grow(w: World) {
  const { self, partner } = w.callers;
  for (let i = 0; i < 5; i += 1) {
    const b = await self.boundary.propose({ title: `More ${i}`, description: "Words.", category: "other", reviewOn: null });
    await partner.boundary.agree({ boundaryId: b.id, version: 1, revision: 1 });
    await partner.boundary.comment({ boundaryId: b.id, body: `Comment ${i}` });
    const c = await partner.commitment.create({ what: `Promise ${i}`, question: "Kept?", cadence: { kind: "daily" }, startOn: addDays(today(), -6), endOn: null, timeZone: ZONE });
    for (let d = 1; d <= 3; d += 1) await partner.commitment.checkIn({ commitmentId: c.id, period: addDays(today(), -d), outcome: "kept" });
    await self.commitment.acknowledge({ commitmentId: c.id, response: "seen" });
    await self.exercise.start({ slug: "love-maps" });
    await w.db.insert(schema.moodCheckIns).values({ userId: w.people.alex.id, day: addDays(today(), -10 - i), mood: 3, feelings: ["calm"], sharedWithCoupleId: w.coupleId });
  }
}

describe("queries per request", () => {
  it("no read procedure's statement count grows with the data (no N+1)", { timeout: 300_000 }, async () => {
    const db = await testDb();
    const w = await seedWorld(db);
    const counting = await countingDb(db);
    // The access log has a row already, as it will in any couple a therapist has looked at.
    await w.callers.therapistWith.therapist.couple({ linkId: w.ids.linkId });
    const small = { self: await countsFor(w, counting, "self"), therapist: await countsFor(w, counting, "therapistWith") };
    await grow(w);
    const large = { self: await countsFor(w, counting, "self"), therapist: await countsFor(w, counting, "therapistWith") };
    const table = Object.keys(small.self)
      .map((p) => `  ${p.padEnd(26)} ${String(small.self[p]).padStart(3)} → ${String(large.self[p]).padStart(3)}`)
      .concat(Object.keys(small.therapist).map((p) => `  ${`${p} (therapist)`.padEnd(26)} ${String(small.therapist[p]).padStart(3)} → ${String(large.therapist[p]).padStart(3)}`));
    console.log(`SQL statements per read (small couple → 5× the data):\n${table.join("\n")}`);
    expect(Object.keys(small.self).length).toBeGreaterThan(15);
    expect(large).toEqual(small);
    // The counter counts (a few reads need no statement at all: they answer from the session).
    expect(small.self["boundary.get"]).toBeGreaterThan(0);
    expect(small.therapist["therapist.commitments"]).toBeGreaterThan(0);
  });

  it("the therapist's dashboard reads a fixed number of statements however many couples it shows", { timeout: 120_000 }, async () => {
    const db = await testDb();
    const counting = await countingDb(db);
    const therapist = await createTherapist(db);
    const countedTherapist = createCaller({ db: counting.db, viewer: await resolveSession(db, therapist.sessionToken), headers: new Headers() });
    /** A couple linked with this therapist, with something in every scope; `history` is both partners' choice. */
    const addCouple = async (i: number, history: "all" | "from-now", scopes: Array<"answers" | "boundaries" | "commitments" | "moods">) => {
      const couple = await createCouple(db);
      const b = await couple.callerA.boundary.propose({ title: `Boundary ${i}`, description: "Words.", category: "other", reviewOn: null });
      const ref = async () => {
        const { version, revision } = await couple.callerA.boundary.get({ boundaryId: b.id });
        return { boundaryId: b.id, version, revision };
      };
      await couple.callerB.boundary.agree(await ref());
      await couple.callerB.boundary.requestRevisit(await ref());
      const c = await couple.callerB.commitment.create({ what: `Promise ${i}`, question: "Kept?", cadence: { kind: "daily" }, startOn: addDays(today(), -6), endOn: null, timeZone: ZONE });
      // Before consent: i + 1 finished exercises, and a mood shared with the partner.
      for (let n = 0; n <= i; n += 1) {
        const session = await couple.callerA.exercise.start({ slug: "love-maps" });
        await db.update(schema.exerciseSessions).set({ status: "completed" }).where(eq(schema.exerciseSessions.id, session.id));
      }
      const { id: coupleId } = await couple.callerA.couple.get();
      await db.insert(schema.moodCheckIns).values({ userId: couple.a.id, day: addDays(today(), -1), mood: 3, feelings: ["calm"], sharedWithCoupleId: coupleId, sharedAt: new Date() });
      const { linkId } = await therapist.caller.therapist.accept({ token: (await couple.callerA.care.invite()).token });
      await couple.callerA.care.consent({ linkId, scopes, history });
      await couple.callerB.care.consent({ linkId, scopes, history });
      for (let d = 1; d <= i + 1; d += 1) await couple.callerB.commitment.checkIn({ commitmentId: c.id, period: addDays(today(), -d), outcome: "kept" });
      return linkId;
    };
    const first = await addCouple(0, "all", ["answers", "boundaries", "commitments", "moods"]);
    counting.reset();
    const alone = await countedTherapist.therapist.dashboard();
    const oneCouple = counting.count();
    const second = await addCouple(1, "from-now", ["answers", "boundaries", "commitments"]);
    const third = await addCouple(2, "all", ["moods"]);
    const fourth = await addCouple(3, "all", ["answers", "commitments"]);
    const summariesLogged = async () => (await db.select({ n: count() }).from(schema.therapistAccessLog).where(eq(schema.therapistAccessLog.recordKind, "dashboard summary")))[0]!.n;
    const loggedBefore = await summariesLogged();
    counting.reset();
    const four = await countedTherapist.therapist.dashboard();
    console.log(`therapist.dashboard: ${oneCouple} statements for 1 couple, ${counting.count()} for 4`);
    expect(four.active).toHaveLength(4);
    expect(counting.count()).toBe(oneCouple);
    // Read together, each couple's line is what it was alone, and each only from its own scopes.
    expect(four.active.find((line) => line.linkId === first)).toEqual(alone.active[0]);
    // The second couple chose "from now on" after their boundary, commitment and exercises: all outside
    // (check-ins made since count for nothing either: their commitment is left out whole).
    expect(four.active.find((line) => line.linkId === second)).toMatchObject({ exercisesCompleted: 0, checkInRate: null, openRevisits: 0 });
    expect(four.active.find((line) => line.linkId === third)).toMatchObject({ exercisesCompleted: null, checkInRate: null, openRevisits: null, lastActivity: expect.any(Date) });
    expect(four.active.find((line) => line.linkId === fourth)).toMatchObject({ exercisesCompleted: 4, checkInRate: 67, openRevisits: null }); // 4 of 6 days
    expect(alone.active[0]).toMatchObject({ exercisesCompleted: 1, openRevisits: 1 });
    // One "dashboard summary" in the access log per couple shown, no more.
    expect((await summariesLogged()) - loggedBefore).toBe(4);
  });
});
