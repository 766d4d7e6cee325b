import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { exerciseSessions } from "@/db/schema";
import { addDays, localDate } from "@/server/commitments/periods";
import type { CoupleId } from "@/server/couple/ids";
import { startSessionFrom } from "@/server/exercises/service";
import { createCouple } from "../factories";
import { fixtureTemplate } from "../fixtures/exercise-template";
import { testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";

const zone = "Europe/London";
const today = () => localDate(new Date(), zone);
const everything = { areas: ["boundaries", "commitments", "check-ins"] as ("boundaries" | "commitments" | "check-ins")[], person: "anyone" as const, limit: 100 };
// Each test's words carry a unique marker so "never appears" is checked exactly.
const heavy = (marker: string) => `Honestly I want to kill myself tonight ${marker}`;

describe("supportive check: words held back until the writer chooses", () => {
  it("a check-in note: the writer sees the panel; the partner gets the check-in without the note until it's shared", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id: commitmentId } = await callerA.commitment.create({ what: "No contact", question: "No contact today?", cadence: { kind: "daily" }, startOn: addDays(today(), -1), endOn: null, timeZone: zone });
    const marker = "HELD-NOTE-1f9";
    const result = await callerA.commitment.checkIn({ commitmentId, period: today(), outcome: "not-kept", note: heavy(marker) });
    expect(result.supportive).toBe(true);

    const seenBySam = await callerB.commitment.list();
    expect(seenBySam[0]!.checkIns[0]).toMatchObject({ outcome: "not-kept", note: null, noteHold: null });
    expect(JSON.stringify(seenBySam)).not.toContain(marker);
    expect(JSON.stringify(await callerB.agreements.timeline(everything))).not.toContain(marker);
    expect((await callerA.commitment.list())[0]!.checkIns[0]).toMatchObject({ note: heavy(marker), noteHold: "held" });

    // Only the writer chooses.
    await expectTRPCError(callerB.safety.release({ kind: "check-in", checkInId: result.id, choice: "share" }), "NOT_FOUND");
    await callerA.safety.release({ kind: "check-in", checkInId: result.id, choice: "share" });
    expect((await callerB.commitment.list())[0]!.checkIns[0]).toMatchObject({ note: heavy(marker) });
    await expectTRPCError(callerA.safety.release({ kind: "check-in", checkInId: result.id, choice: "share" }), "BAD_REQUEST");
  });

  it("a comment kept private never reaches the partner, not even as a timeline line; ordinary words go through", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id: boundaryId } = await callerA.boundary.propose({ title: "Space to talk", description: "We take turns.", category: "communication", reviewOn: null });
    const marker = "HELD-COMMENT-7c2";
    const held = await callerB.boundary.comment({ boundaryId, body: `Everyone would be better off without me ${marker}` });
    expect(held.supportive).toBe(true);
    const plain = await callerB.boundary.comment({ boundaryId, body: "Can we talk on Sunday?" });
    expect(plain.supportive).toBe(false);

    const seenByAlex = await callerA.boundary.get({ boundaryId });
    expect(seenByAlex.comments.map((c) => c.body)).toEqual(["Can we talk on Sunday?"]);
    expect(JSON.stringify(seenByAlex)).not.toContain(marker);
    expect((await callerA.agreements.timeline(everything)).filter((e) => e.kind === "commented")).toHaveLength(1);
    expect((await callerB.boundary.get({ boundaryId })).comments.map((c) => c.hold)).toEqual(["held", null]);

    await callerB.safety.release({ kind: "comment", commentId: held.id, choice: "keep-private" });
    expect(JSON.stringify(await callerA.boundary.get({ boundaryId }))).not.toContain(marker);
    expect((await callerB.boundary.get({ boundaryId })).comments[0]).toMatchObject({ hold: "private" });
    // Changing your mind later is yours too.
    await callerB.safety.release({ kind: "comment", commentId: held.id, choice: "share" });
    expect(JSON.stringify(await callerA.boundary.get({ boundaryId }))).toContain(marker);
    expect((await callerA.agreements.timeline(everything)).filter((e) => e.kind === "commented")).toHaveLength(2);
  });

  it("an exercise answer is held from the reveal; another couple can't touch the hold", async () => {
    const db = await testDb();
    const couple = await createCouple(db);
    const other = await createCouple(db);
    const coupleId = (await couple.callerA.couple.get()).id as CoupleId;
    const { id: sessionId } = await startSessionFrom(db, { coupleId, userId: couple.a.id, partnerId: couple.b.id }, fixtureTemplate);
    await db.update(exerciseSessions).set({ stepIndex: 1 }).where(eq(exerciseSessions.id, sessionId));
    const ref = { sessionId, stepIndex: 1 };
    const marker = "HELD-ANSWER-e41";
    expect((await couple.callerA.exercise.submitAnswer({ ...ref, answer: `I can't go on like this ${marker}` })).supportive).toBe(true);
    expect((await couple.callerB.exercise.submitAnswer({ ...ref, answer: "Tired but hopeful" })).supportive).toBe(false);

    const seenBySam = await couple.callerB.exercise.get({ sessionId });
    expect(seenBySam.views[1]).toMatchObject({ revealed: true, partners: null, partnerWithheld: true, yourHold: null });
    expect(JSON.stringify(seenBySam)).not.toContain(marker);
    expect((await couple.callerA.exercise.get({ sessionId })).views[1]).toMatchObject({ partners: "Tired but hopeful", yourHold: "held", partnerWithheld: false });

    await expectTRPCError(other.callerA.safety.release({ kind: "answer", ...ref, choice: "share" }), "NOT_FOUND");
    await expectTRPCError(couple.callerB.safety.release({ kind: "answer", ...ref, choice: "share" }), "BAD_REQUEST"); // Sam's own answer isn't held
    await couple.callerA.safety.release({ kind: "answer", ...ref, choice: "share" });
    expect((await couple.callerB.exercise.get({ sessionId })).views[1]).toMatchObject({ partners: `I can't go on like this ${marker}`, partnerWithheld: false });
  });

  it("a private reflection or a turn only shows the writer the panel; saving is never blocked", async () => {
    const db = await testDb();
    const couple = await createCouple(db);
    const coupleId = (await couple.callerA.couple.get()).id as CoupleId;
    const { id: sessionId } = await startSessionFrom(db, { coupleId, userId: couple.a.id, partnerId: couple.b.id }, fixtureTemplate);
    await db.update(exerciseSessions).set({ stepIndex: 5 }).where(eq(exerciseSessions.id, sessionId));
    const result = await couple.callerA.exercise.saveReflection({ sessionId, stepIndex: 5, note: "Sometimes I wish I could disappear forever." });
    expect(result).toEqual({ ok: true, supportive: true });
    expect((await couple.callerA.exercise.get({ sessionId })).views[5]).toMatchObject({ yours: "Sometimes I wish I could disappear forever.", youAreDone: true });
    expect(await couple.callerA.exercise.saveReflection({ sessionId, stepIndex: 5, note: "A calm evening." })).toEqual({ ok: true, supportive: false });
  });
});
