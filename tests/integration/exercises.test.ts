import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { exerciseEntries, exerciseSessions } from "@/db/schema";
import type { CoupleId } from "@/server/couple/ids";
import { startSessionFrom } from "@/server/exercises/service";
import { createCouple } from "../factories";
import { fixtureTemplate } from "../fixtures/exercise-template";
import { testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";

async function setup(db: Db) {
  const couple = await createCouple(db, ["Alex", "Sam"]);
  const coupleId = (await couple.callerA.couple.get()).id as CoupleId;
  const { id: sessionId } = await startSessionFrom(db, { coupleId, userId: couple.a.id, partnerId: couple.b.id }, fixtureTemplate);
  return { ...couple, coupleId, sessionId };
}

const MARKER = "MARKER-private-7f3a";

describe("exercise sessions", () => {
  it("starts from the library through tRPC and pins the template version it started with", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const library = await callerA.exercise.library();
    expect(library.templates.length).toBeGreaterThanOrEqual(8);
    for (const template of library.templates) expect(template.source.citation.length).toBeGreaterThan(5);
    const slug = library.templates[0]!.slug;
    const { id } = await callerA.exercise.start({ slug });
    const view = await callerB.exercise.get({ sessionId: id });
    expect(view.template.slug).toBe(slug);
    const [row] = await db.select({ template: exerciseSessions.template, version: exerciseSessions.templateVersion }).from(exerciseSessions).where(eq(exerciseSessions.id, id));
    expect(row?.version).toBe(view.template.version);
    // A later edit of the template (here: the stored library object) never changes a started session.
    const { exerciseTemplates } = await import("@/server/exercises/library");
    const live = exerciseTemplates[0] as { title: string };
    const original = live.title;
    live.title = "Edited later";
    try {
      expect((await callerB.exercise.get({ sessionId: id })).template.title).toBe(original);
    } finally {
      live.title = original;
    }
  });

  it("guidance: both acknowledge before the session moves on", async () => {
    const db = await testDb();
    const { callerA, callerB, sessionId } = await setup(db);
    await callerA.exercise.acknowledge({ sessionId, stepIndex: 0 });
    expect((await callerB.exercise.get({ sessionId })).views[0]).toEqual({ kind: "guidance", youAcknowledged: false, partnerAcknowledged: true });
    expect((await callerA.exercise.get({ sessionId })).stepIndex).toBe(0);
    await callerB.exercise.acknowledge({ sessionId, stepIndex: 0 });
    expect((await callerA.exercise.get({ sessionId })).stepIndex).toBe(1);
  });

  it("reveal rule: no procedure shows an unrevealed answer; both appear at once; then they are fixed", async () => {
    const db = await testDb();
    const { callerA, callerB, sessionId } = await setup(db);
    await callerA.exercise.acknowledge({ sessionId, stepIndex: 0 });
    await callerB.exercise.acknowledge({ sessionId, stepIndex: 0 });

    await callerA.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: `first draft ${MARKER}` });
    await callerA.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: `edited before the reveal ${MARKER}` });
    // Everything Sam can read says "submitted" and nothing more.
    const seenBySam = await callerB.exercise.get({ sessionId });
    expect(seenBySam.views[1]).toEqual({ kind: "private-then-reveal", yours: null, youSubmitted: false, partnerSubmitted: true, revealed: false, youMovedOn: false, partnerMovedOn: false, yourHold: null, partnerWithheld: false });
    for (const read of [callerB.exercise.get({ sessionId }), callerB.exercise.sessions(), callerB.couple.get(), callerB.couple.status()]) {
      expect(JSON.stringify(await read)).not.toContain(MARKER);
    }
    await expectTRPCError(callerA.exercise.acknowledge({ sessionId, stepIndex: 1 }), "BAD_REQUEST");

    await callerB.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: "Sam's words" });
    const a = (await callerA.exercise.get({ sessionId })).views[1];
    const b = (await callerB.exercise.get({ sessionId })).views[1];
    expect(a).toMatchObject({ revealed: true, yours: `edited before the reveal ${MARKER}`, partners: "Sam's words" });
    expect(b).toMatchObject({ revealed: true, yours: "Sam's words", partners: `edited before the reveal ${MARKER}` });
    await expectTRPCError(callerA.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: "too late" }), "CONFLICT");

    // Both move on after seeing the reveal.
    await callerA.exercise.acknowledge({ sessionId, stepIndex: 1 });
    expect((await callerB.exercise.get({ sessionId })).stepIndex).toBe(1);
    expect((await callerB.exercise.get({ sessionId })).views[1]).toMatchObject({ youMovedOn: false, partnerMovedOn: true });
    await callerB.exercise.acknowledge({ sessionId, stepIndex: 1 });
    expect((await callerB.exercise.get({ sessionId })).stepIndex).toBe(2);
  });

  it("bad input gets a clear error and changes nothing", async () => {
    const db = await testDb();
    const { callerA, sessionId, coupleId } = await setup(db);
    await expectTRPCError(callerA.exercise.submitAnswer({ sessionId, stepIndex: 0, answer: "not a question step" }), "BAD_REQUEST");
    await callerA.exercise.acknowledge({ sessionId, stepIndex: 0 });
    await expectTRPCError(callerA.exercise.submitAnswer({ sessionId, stepIndex: 3, answer: "future step" }), "CONFLICT");
    const other = await createCouple(db, ["Kim", "Lee"]);
    await expectTRPCError(other.callerA.exercise.get({ sessionId }), "NOT_FOUND");
    await expectTRPCError(other.callerA.exercise.acknowledge({ sessionId, stepIndex: 0 }), "NOT_FOUND");
    await expectTRPCError(callerA.exercise.get({ sessionId: "not-a-uuid" }), "BAD_REQUEST");
    await expectTRPCError(callerA.exercise.start({ slug: "no-such-exercise" }), "NOT_FOUND");
    await expectTRPCError(callerA.exercise.acknowledge({ sessionId, stepIndex: 0, extra: 1 } as never), "BAD_REQUEST");
    const entries = await db.select().from(exerciseEntries).where(eq(exerciseEntries.sessionId, sessionId));
    expect(entries).toHaveLength(1);
    void coupleId;
  });

  it("answers are checked against the step's format: empty, over 5,000 characters, out of range", async () => {
    const db = await testDb();
    const { callerA, callerB, sessionId } = await setup(db);
    await callerA.exercise.acknowledge({ sessionId, stepIndex: 0 });
    await callerB.exercise.acknowledge({ sessionId, stepIndex: 0 });
    expect((await expectTRPCError(callerA.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: "   " }), "BAD_REQUEST")).message).toMatch(/write something/);
    expect((await expectTRPCError(callerA.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: null }), "BAD_REQUEST")).message).toMatch(/write something/);
    expect((await expectTRPCError(callerA.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: "x".repeat(5001) }), "BAD_REQUEST")).message).toMatch(/5,000/);
    await callerA.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: "x".repeat(5000) });
    await callerB.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: "ok" });
    await callerA.exercise.acknowledge({ sessionId, stepIndex: 1 });
    await callerB.exercise.acknowledge({ sessionId, stepIndex: 1 });
    await expectTRPCError(callerA.exercise.submitAnswer({ sessionId, stepIndex: 2, answer: 11 }), "BAD_REQUEST");
    expect((await expectTRPCError(callerA.exercise.submitAnswer({ sessionId, stepIndex: 2, answer: null }), "BAD_REQUEST")).message).toBe("Choose a number from 1 to 10.");
    await expectTRPCError(callerA.exercise.submitAnswer({ sessionId, stepIndex: 2, answer: "7" }), "BAD_REQUEST");
    await callerA.exercise.submitAnswer({ sessionId, stepIndex: 2, answer: 7 });
  });

  it("turns: speak, paraphrase, confirm or correct; only a confirmation passes the floor; roles swap", async () => {
    const db = await testDb();
    const { callerA, callerB, sessionId } = await setup(db);
    await db.update(exerciseSessions).set({ stepIndex: 3 }).where(eq(exerciseSessions.id, sessionId));
    const ref = { sessionId, stepIndex: 3 };

    await expectTRPCError(callerB.exercise.takeTurn({ ...ref, action: "speak", body: "me first" }), "CONFLICT");
    await callerA.exercise.takeTurn({ ...ref, action: "speak", body: "I felt alone on Sunday." });
    await expectTRPCError(callerA.exercise.takeTurn({ ...ref, action: "speak", body: "more" }), "CONFLICT");
    await expectTRPCError(callerB.exercise.takeTurn({ ...ref, action: "confirm" }), "BAD_REQUEST");
    await callerB.exercise.takeTurn({ ...ref, action: "paraphrase", body: "You were bored on Sunday?" });
    await callerA.exercise.takeTurn({ ...ref, action: "correct", body: "Not bored — lonely." });
    await callerB.exercise.takeTurn({ ...ref, action: "paraphrase", body: "You felt lonely on Sunday." });
    await expectTRPCError(callerA.exercise.takeTurn({ ...ref, action: "confirm", body: "text" }), "BAD_REQUEST");
    await callerA.exercise.takeTurn({ ...ref, action: "confirm" });

    const view = (await callerB.exercise.get({ sessionId })).views[3];
    expect(view).toMatchObject({ kind: "turns", turn: 2, completedTurns: 1, youSpeak: true, yourActions: ["speak"] });
    await callerB.exercise.takeTurn({ ...ref, action: "speak", body: "I was tired." });
    await callerA.exercise.takeTurn({ ...ref, action: "paraphrase", body: "You were tired." });
    await callerB.exercise.takeTurn({ ...ref, action: "confirm" });
    const after = await callerA.exercise.get({ sessionId });
    expect(after.stepIndex).toBe(4);
    expect((after.views[3] as { messages: unknown[] }).messages).toHaveLength(8);
  });

  it("agreement: consent is to the exact draft; an edit asks both again; agreeing to stale words is refused", async () => {
    const db = await testDb();
    const { callerA, callerB, sessionId } = await setup(db);
    await db.update(exerciseSessions).set({ stepIndex: 4 }).where(eq(exerciseSessions.id, sessionId));
    const ref = { sessionId, stepIndex: 4 };
    const first = { title: "Phones away at dinner", details: "From Monday, both of us." };
    const second = { title: "Phones away at dinner", details: "From Monday, both of us, weekdays." };
    await expectTRPCError(callerA.exercise.agreeToDraft({ ...ref, ...first }), "BAD_REQUEST");
    await callerA.exercise.saveDraft({ ...ref, ...first });
    await callerA.exercise.agreeToDraft({ ...ref, ...first });
    await callerB.exercise.saveDraft({ ...ref, ...second });
    expect((await callerA.exercise.get({ sessionId })).views[4]).toMatchObject({ youAgreed: false, partnerAgreed: false, draft: { editedBy: "partner" } });
    // Alex's screen still showed the first wording: that consent does not count for the new one.
    expect((await expectTRPCError(callerA.exercise.agreeToDraft({ ...ref, ...first }), "CONFLICT")).message).toMatch(/changed/);
    await callerB.exercise.agreeToDraft({ ...ref, ...second });
    await callerA.exercise.agreeToDraft({ ...ref, ...second });
    expect((await callerA.exercise.get({ sessionId })).stepIndex).toBe(5);
  });

  it("reflection is for the writer only, and the last step completes the session into history", async () => {
    const db = await testDb();
    const { callerA, callerB, sessionId } = await setup(db);
    await db.update(exerciseSessions).set({ stepIndex: 5 }).where(eq(exerciseSessions.id, sessionId));
    await callerA.exercise.saveReflection({ sessionId, stepIndex: 5, note: `my own note ${MARKER}` });
    const seenBySam = await callerB.exercise.get({ sessionId });
    expect(seenBySam.views[5]).toEqual({ kind: "reflection", yours: null, youAreDone: false, partnerIsDone: true });
    expect(JSON.stringify(seenBySam)).not.toContain(MARKER);
    await callerB.exercise.saveReflection({ sessionId, stepIndex: 5, note: null });
    const done = await callerB.exercise.get({ sessionId });
    expect(done.status).toBe("completed");
    expect(JSON.stringify(done)).not.toContain(MARKER);
    expect((await callerA.exercise.get({ sessionId })).views[5]).toMatchObject({ yours: `my own note ${MARKER}` });
    const history = await callerB.exercise.sessions();
    expect(history[0]).toMatchObject({ id: sessionId, status: "completed" });
    await expectTRPCError(callerA.exercise.saveReflection({ sessionId, stepIndex: 5, note: "again" }), "BAD_REQUEST");
  });

  it("time-out: either partner, 20 minutes to 24 hours, both see it, steps wait; never shortened", async () => {
    const db = await testDb();
    const { callerA, callerB, sessionId } = await setup(db);
    await expectTRPCError(callerA.exercise.callBreak({ sessionId, minutes: 10 }), "BAD_REQUEST");
    await expectTRPCError(callerA.exercise.callBreak({ sessionId, minutes: 1441 }), "BAD_REQUEST");
    await expectTRPCError(callerA.exercise.callBreak({ sessionId, minutes: 25 }), "BAD_REQUEST");
    const { until } = await callerB.exercise.callBreak({ sessionId, minutes: 60 });
    expect(Math.round((until.getTime() - Date.now()) / 60_000)).toBe(60);
    const seenByA = await callerA.exercise.get({ sessionId });
    expect(seenByA.breakUntil?.getTime()).toBe(until.getTime());
    expect(seenByA.breakByYou).toBe(false);
    expect((await expectTRPCError(callerA.exercise.acknowledge({ sessionId, stepIndex: 0 }), "BAD_REQUEST")).message).toMatch(/break/);
    const shorter = await callerA.exercise.callBreak({ sessionId, minutes: 20 });
    expect(shorter.until.getTime()).toBe(until.getTime());
    // The break still running is Sam's, and the banner says so.
    expect((await callerA.exercise.get({ sessionId })).breakByYou).toBe(false);
    const longest = await callerA.exercise.callBreak({ sessionId, minutes: 1440 });
    expect(longest.until.getTime()).toBeGreaterThan(until.getTime());
    // When the time is up, the session opens again.
    await db.update(exerciseSessions).set({ breakUntil: new Date(Date.now() - 1000) }).where(eq(exerciseSessions.id, sessionId));
    expect((await callerA.exercise.get({ sessionId })).breakUntil).toBeNull();
    await callerA.exercise.acknowledge({ sessionId, stepIndex: 0 });
  });

  it("only the couple's current members reach a session: not anonymous, not a single person, not an ex-partner", async () => {
    const db = await testDb();
    const { callerA, callerB, sessionId } = await setup(db);
    const { anonymousCaller, callerFor, createUser } = await import("../factories");
    await expectTRPCError(anonymousCaller(db).exercise.get({ sessionId }), "UNAUTHORIZED");
    await expectTRPCError(anonymousCaller(db).exercise.library(), "UNAUTHORIZED");
    const loner = await createUser(db);
    await expectTRPCError((await callerFor(db, loner.id)).exercise.get({ sessionId }), "FORBIDDEN");
    await callerB.couple.leave();
    await expectTRPCError(callerA.exercise.get({ sessionId }), "FORBIDDEN");
    await expectTRPCError(callerB.exercise.sessions(), "FORBIDDEN");
  });

  it("either partner can stop an exercise alone", async () => {
    const db = await testDb();
    const { callerA, callerB, sessionId } = await setup(db);
    await callerB.exercise.abandon({ sessionId });
    expect((await callerA.exercise.get({ sessionId })).status).toBe("abandoned");
    await expectTRPCError(callerA.exercise.acknowledge({ sessionId, stepIndex: 0 }), "BAD_REQUEST");
  });

  it("concurrent submissions and advances never lose an answer or skip a step", async () => {
    const db = await testDb();
    const { callerA, callerB, sessionId } = await setup(db);
    await Promise.all([callerA.exercise.acknowledge({ sessionId, stepIndex: 0 }), callerB.exercise.acknowledge({ sessionId, stepIndex: 0 })]);
    expect((await callerA.exercise.get({ sessionId })).stepIndex).toBe(1);
    await Promise.all([
      callerA.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: "from Alex" }),
      callerB.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: "from Sam" }),
    ]);
    const view = (await callerA.exercise.get({ sessionId })).views[1];
    expect(view).toMatchObject({ revealed: true, yours: "from Alex", partners: "from Sam" });
    // Both tap "continue" twice at once: the session moves exactly one step.
    const results = await Promise.allSettled([
      callerA.exercise.acknowledge({ sessionId, stepIndex: 1 }),
      callerB.exercise.acknowledge({ sessionId, stepIndex: 1 }),
      callerA.exercise.acknowledge({ sessionId, stepIndex: 1 }),
      callerB.exercise.acknowledge({ sessionId, stepIndex: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(2);
    for (const r of results) if (r.status === "rejected") expect((r.reason as { code: string }).code).toBe("CONFLICT");
    expect((await callerA.exercise.get({ sessionId })).stepIndex).toBe(2);
  });
});
