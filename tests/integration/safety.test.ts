import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { exerciseSessions } from "@/db/schema";
import { createSession, resolveSession } from "@/server/auth/sessions";
import { addDays, localDate } from "@/server/commitments/periods";
import type { CoupleId } from "@/server/couple/ids";
import { startSessionFrom } from "@/server/exercises/service";
import { REALTIME_EVENT_NAME, coupleChannel, userChannel } from "@/server/realtime/events";
import { createCouple } from "../factories";
import { fixtureTemplate } from "../fixtures/exercise-template";
import { testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";
import { collect, hangUpPhones, phoneOf, settle, subscribe, until } from "../support/realtime";

const zone = "Europe/London";
const today = () => localDate(new Date(), zone);
const everything = { areas: ["boundaries", "commitments", "check-ins"] as ("boundaries" | "commitments" | "check-ins")[], person: "anyone" as const, limit: 100 };
// Each test's words carry a unique marker so "never appears" is checked exactly.
afterEach(hangUpPhones);

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

  it("an exercise answer is held from the reveal: to the partner it isn't in yet, and nothing announces it", async () => {
    const db = await testDb();
    const couple = await createCouple(db);
    const other = await createCouple(db);
    const coupleId = (await couple.callerA.couple.get()).id as CoupleId;
    const samsPhone = await phoneOf(db, couple.b.id);
    expect(await subscribe(samsPhone, coupleChannel(coupleId))).toEqual({ ok: true });
    const samHeard = collect<{ kind: string }>(samsPhone, coupleChannel(coupleId), REALTIME_EVENT_NAME);
    const { id: sessionId } = await startSessionFrom(db, { coupleId, userId: couple.a.id, partnerId: couple.b.id }, fixtureTemplate);
    await db.update(exerciseSessions).set({ stepIndex: 1 }).where(eq(exerciseSessions.id, sessionId));
    const ref = { sessionId, stepIndex: 1 };
    const marker = "HELD-ANSWER-e41";
    expect((await couple.callerB.exercise.submitAnswer({ ...ref, answer: "Tired but hopeful" })).supportive).toBe(false);
    await until(() => samHeard.length === 1, 5_000, "Sam's own answer event");
    expect((await couple.callerA.exercise.submitAnswer({ ...ref, answer: `I can't go on like this ${marker}` })).supportive).toBe(true);
    await settle(400);
    // No event reached Sam for Alex's held answer, and Sam's screen reads exactly as if Alex were still writing.
    expect(samHeard).toHaveLength(1);
    const seenBySam = await couple.callerB.exercise.get({ sessionId });
    expect(seenBySam.views[1]).toEqual(expect.objectContaining({ revealed: false, partnerSubmitted: false, partnerWithheld: false }));
    expect(seenBySam.views[1]).not.toHaveProperty("partners");
    expect(JSON.stringify(seenBySam)).not.toContain(marker);
    // Alex doesn't see Sam's answer either until Alex chooses: the reveal stays mutual.
    expect((await couple.callerA.exercise.get({ sessionId })).views[1]).toEqual(expect.objectContaining({ revealed: false, partnerSubmitted: true, yourHold: "held" }));
    expect(JSON.stringify(await couple.callerA.exercise.get({ sessionId }))).not.toContain("Tired but hopeful");
    await expectTRPCError(couple.callerB.exercise.acknowledge(ref), "BAD_REQUEST");
    // Alex may still change the held answer: nothing has been revealed.
    await couple.callerA.exercise.submitAnswer({ ...ref, answer: `Still I can't go on like this ${marker}` });

    await expectTRPCError(other.callerA.safety.release({ kind: "answer", ...ref, choice: "share" }), "NOT_FOUND");
    await expectTRPCError(couple.callerB.safety.release({ kind: "answer", ...ref, choice: "share" }), "BAD_REQUEST"); // Sam's own answer isn't held
    await couple.callerA.safety.release({ kind: "answer", ...ref, choice: "share" });
    await until(() => samHeard.length === 2, 5_000, "the share event");
    expect((await couple.callerB.exercise.get({ sessionId })).views[1]).toMatchObject({ revealed: true, partners: `Still I can't go on like this ${marker}`, partnerWithheld: false });
    expect((await couple.callerA.exercise.get({ sessionId })).views[1]).toMatchObject({ revealed: true, partners: "Tired but hopeful" });
  });

  it("an answer kept private: the partner sees it is in and isn't shared, never the words", async () => {
    const db = await testDb();
    const couple = await createCouple(db);
    const coupleId = (await couple.callerA.couple.get()).id as CoupleId;
    const { id: sessionId } = await startSessionFrom(db, { coupleId, userId: couple.a.id, partnerId: couple.b.id }, fixtureTemplate);
    await db.update(exerciseSessions).set({ stepIndex: 1 }).where(eq(exerciseSessions.id, sessionId));
    const ref = { sessionId, stepIndex: 1 };
    const marker = "KEPT-ANSWER-3a8";
    await couple.callerA.exercise.submitAnswer({ ...ref, answer: `Everyone would be better off without me ${marker}` });
    await couple.callerB.exercise.submitAnswer({ ...ref, answer: "Hopeful" });
    await couple.callerA.safety.release({ kind: "answer", ...ref, choice: "keep-private" });
    const seenBySam = await couple.callerB.exercise.get({ sessionId });
    expect(seenBySam.views[1]).toMatchObject({ revealed: true, partnerSubmitted: true, partnerWithheld: true, partners: null });
    expect(JSON.stringify(seenBySam)).not.toContain(marker);
    // Both can move on, as after any reveal.
    await couple.callerA.exercise.acknowledge(ref);
    await couple.callerB.exercise.acknowledge(ref);
    expect((await couple.callerA.exercise.get({ sessionId })).stepIndex).toBe(2);
  });

  it("a held comment, and keeping it private, reach only the writer's own devices; sharing reaches the couple", async () => {
    const db = await testDb();
    const { a, b, callerA, callerB } = await createCouple(db);
    const { id: coupleId } = await callerA.couple.get();
    const { id: boundaryId } = await callerA.boundary.propose({ title: "Quiet evenings", description: "Phones away after nine.", category: "privacy-and-devices", reviewOn: null });
    const samsPhone = await phoneOf(db, b.id);
    const alexsPhone = await phoneOf(db, a.id);
    const alexViewer = await resolveSession(db, await createSession(db, a.id));
    expect(await subscribe(samsPhone, coupleChannel(coupleId))).toEqual({ ok: true });
    expect(await subscribe(alexsPhone, userChannel(a.id, alexViewer!.realtimeEpoch))).toEqual({ ok: true });
    const samHeard = collect(samsPhone, coupleChannel(coupleId), REALTIME_EVENT_NAME);
    const alexHeard = collect(alexsPhone, userChannel(a.id, alexViewer!.realtimeEpoch), REALTIME_EVENT_NAME);

    const held = await callerA.boundary.comment({ boundaryId, body: "I just want to disappear forever" });
    expect(held.supportive).toBe(true);
    await until(() => alexHeard.length === 1, 5_000, "Alex's own device hearing the held comment");
    expect(alexHeard[0]).toEqual({ kind: "boundary", id: boundaryId });
    await callerA.safety.release({ kind: "comment", commentId: held.id, choice: "keep-private" });
    await until(() => alexHeard.length === 2, 5_000, "Alex's own device hearing the choice");
    await settle(400);
    expect(samHeard).toEqual([]);

    await callerA.safety.release({ kind: "comment", commentId: held.id, choice: "share" });
    await until(() => samHeard.length === 1, 5_000, "the shared comment");
    expect(samHeard[0]).toEqual({ kind: "boundary", id: boundaryId });
    expect((await callerB.boundary.get({ boundaryId })).comments.map((c) => c.body)).toEqual(["I just want to disappear forever"]);
  });

  it("a note on pausing, ending or changing a commitment is held like a check-in note", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id: commitmentId, supportive } = await callerA.commitment.create({ what: "Daily walk together", question: "Walked?", cadence: { kind: "daily" }, startOn: today(), endOn: null, timeZone: zone });
    expect(supportive).toBe(false);
    const pauseMarker = "HELD-PAUSE-61b";
    const paused = await callerA.commitment.lifecycle({ commitmentId, action: "pause", note: `I can't go on anymore ${pauseMarker}` });
    expect(paused).toMatchObject({ supportive: true, noteHeld: true });
    const changeMarker = "HELD-CHANGE-0d4";
    const changed = await callerA.commitment.change({ commitmentId, what: "A walk most days", why: "", question: "Walked?", endOn: null, note: `No reason to live ${changeMarker}` });
    expect(changed).toMatchObject({ supportive: true, noteHeld: true });
    const calm = await callerA.commitment.lifecycle({ commitmentId, action: "resume", note: "Back to it" });
    expect(calm).toMatchObject({ supportive: false, noteHeld: false });

    const seenBySam = JSON.stringify(await callerB.commitment.list());
    expect(seenBySam).not.toContain(pauseMarker);
    expect(seenBySam).not.toContain(changeMarker);
    expect(seenBySam).toContain("A walk most days"); // the change itself is shared
    expect(seenBySam).toContain("Back to it");
    const alexHistory = (await callerA.commitment.list())[0]!.history;
    expect(alexHistory.filter((h) => h.noteHold === "held").map((h) => h.kind)).toEqual(["paused", "changed"]);

    await expectTRPCError(callerB.safety.release({ kind: "commitment-note", eventId: paused.eventId, choice: "share" }), "NOT_FOUND");
    await callerA.safety.release({ kind: "commitment-note", eventId: paused.eventId, choice: "share" });
    await callerA.safety.release({ kind: "commitment-note", eventId: changed.eventId, choice: "keep-private" });
    const after = JSON.stringify(await callerB.commitment.list());
    expect(after).toContain(pauseMarker);
    expect(after).not.toContain(changeMarker);
  });

  it("agreement wording shows its writer the panel without holding it (it is the proposal itself)", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const proposed = await callerA.boundary.propose({ title: "Check in", description: "Some days I feel like ending it all.", category: "communication", reviewOn: null });
    expect(proposed.supportive).toBe(true);
    expect((await callerB.boundary.get({ boundaryId: proposed.id })).versions.at(-1)).toMatchObject({ description: "Some days I feel like ending it all." });
    const made = await callerA.commitment.create({ what: "Reach out", why: "I don't want to be here anymore", question: "Reached out?", cadence: { kind: "daily" }, startOn: today(), endOn: null, timeZone: zone });
    expect(made.supportive).toBe(true);
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
