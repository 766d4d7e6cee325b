import { eq, sql } from "drizzle-orm";
import { generate } from "otplib";
import { afterEach, describe, expect, it } from "vitest";
import { exerciseSessions, therapistProfiles } from "@/db/schema";
import { addDays, localDate } from "@/server/commitments/periods";
import type { CoupleId } from "@/server/couple/ids";
import { startSessionFrom } from "@/server/exercises/service";
import { careChannel, REALTIME_EVENT_NAME, userChannel } from "@/server/realtime/events";
import { createSession, resolveSession } from "@/server/auth/sessions";
import { callerForSession, createCouple, createCoupleWithTherapist, createTherapist, createUser } from "../factories";
import { PROCEDURE_TYPES, procedureAt } from "../authz/procedures";
import { fixtureTemplate } from "../fixtures/exercise-template";
import { rowsMentioning, rowsOf, testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";
import { collect, hangUpPhones, phoneOf, settle, subscribe, until } from "../support/realtime";

afterEach(hangUpPhones);
const zone = "Europe/Berlin";
const today = () => localDate(new Date(), zone);
const ALL = ["answers", "boundaries", "commitments", "moods"] as const;

describe("therapist access: dual consent and scopes", () => {
  it("one partner's consent alone grants nothing; both together open exactly what both granted", async () => {
    const db = await testDb();
    const { callerA, callerB, therapist, linkId } = await createCoupleWithTherapist(db, null);
    const t = therapist.caller.therapist;
    const reads = [() => t.boundaries({ linkId }), () => t.commitments({ linkId }), () => t.answers({ linkId }), () => t.moods({ linkId }), () => t.couple({ linkId })];
    for (const read of reads) await expectTRPCError(read(), "FORBIDDEN");
    expect((await therapist.caller.therapist.dashboard()).active).toEqual([]);

    await callerA.care.consent({ linkId, scopes: [...ALL], history: "all" });
    for (const read of reads) await expectTRPCError(read(), "FORBIDDEN");
    const overviewForSam = await callerB.care.overview();
    // Sam learns that Alex has chosen, never what: a partner's choice is theirs alone.
    expect(overviewForSam.therapists[0]).toMatchObject({ active: false, yourConsent: null, partnerHasChosen: true });
    expect(JSON.stringify(overviewForSam)).not.toContain("moods");

    // Sam grants less: what is in effect is the intersection.
    await callerB.care.consent({ linkId, scopes: ["commitments", "moods", "boundaries"], history: "all" });
    await callerA.care.consent({ linkId, scopes: ["boundaries", "commitments", "answers"], history: "all" });
    expect((await callerA.care.overview()).therapists[0]).toMatchObject({ active: true, effectiveScopes: expect.arrayContaining(["boundaries", "commitments"]) });
    expect((await callerA.care.overview()).therapists[0]!.effectiveScopes).toHaveLength(2);
    await therapist.caller.therapist.boundaries({ linkId });
    await therapist.caller.therapist.commitments({ linkId });
    await expectTRPCError(therapist.caller.therapist.answers({ linkId }), "FORBIDDEN");
    await expectTRPCError(therapist.caller.therapist.moods({ linkId }), "FORBIDDEN");
    const [line] = (await therapist.caller.therapist.dashboard()).active;
    expect(line).toMatchObject({ linkId, partners: ["Alex", "Sam"], exercisesCompleted: null, openRevisits: 0 });
  });

  it("another therapist, or one for another couple, sees nothing; a partner can't act on another couple's link", async () => {
    const db = await testDb();
    const first = await createCoupleWithTherapist(db);
    const second = await createCoupleWithTherapist(db);
    await expectTRPCError(second.therapist.caller.therapist.boundaries({ linkId: first.linkId }), "NOT_FOUND");
    await expectTRPCError(second.therapist.caller.therapist.assign({ linkId: first.linkId, slug: "love-maps", dueOn: null }), "NOT_FOUND");
    await expectTRPCError(second.callerA.care.revoke({ linkId: first.linkId }), "NOT_FOUND");
    await expectTRPCError(second.callerA.care.consent({ linkId: first.linkId, scopes: ["moods"], history: "all" }), "NOT_FOUND");
    // Partners and strangers can't use therapist procedures at all.
    await expectTRPCError(first.callerA.therapist.boundaries({ linkId: first.linkId }), "FORBIDDEN");
    await expectTRPCError(first.callerA.therapist.dashboard(), "FORBIDDEN");
  });

  it("revoking by either partner, alone, ends access on the next request and ends the realtime subscription", async () => {
    const db = await testDb();
    const { callerA, callerB, therapist, linkId } = await createCoupleWithTherapist(db);
    const phone = await phoneOf(db, therapist.id, therapist.sessionToken);
    expect(await subscribe(phone, careChannel(linkId))).toEqual({ ok: true });
    const heard = collect<{ kind: string; id: string }>(phone, careChannel(linkId), REALTIME_EVENT_NAME);
    const { id: boundaryId } = await callerA.boundary.propose({ title: "Calls before midnight", description: "We call if late.", category: "communication", reviewOn: null });
    await until(() => heard.length === 1, 5_000, "the boundary event");
    expect(heard[0]).toEqual({ kind: "boundary", id: boundaryId });
    await therapist.caller.therapist.boundaries({ linkId });

    await callerB.care.revoke({ linkId });
    await until(() => heard.length === 2, 5_000, "the last event");
    expect(heard[1]).toEqual({ kind: "therapist", id: linkId });
    await expectTRPCError(therapist.caller.therapist.boundaries({ linkId }), "NOT_FOUND");
    await expectTRPCError(therapist.caller.therapist.assign({ linkId, slug: "love-maps", dueOn: null }), "NOT_FOUND");
    await callerA.boundary.agree({ boundaryId, version: 1, revision: 1 }).catch(() => undefined);
    await callerB.boundary.agree({ boundaryId, version: 1, revision: 1 });
    await settle(400);
    expect(heard).toHaveLength(2);
    // Subscribing again is refused; a new invitation would be a new link, with consent from scratch.
    const again = await phoneOf(db, therapist.id, therapist.sessionToken);
    expect((await subscribe(again, careChannel(linkId))).ok).toBe(false);
    expect((await therapist.caller.therapist.dashboard()).active).toEqual([]);
    // The revoked link is gone from the couple's list; nothing can be consented to on it.
    expect((await callerA.care.overview()).therapists).toEqual([]);
    await expectTRPCError(callerA.care.consent({ linkId, scopes: ["moods"], history: "all" }), "NOT_FOUND");
  });

  it("leaving the couple ends every therapist's access", async () => {
    const db = await testDb();
    const { callerB, therapist, linkId } = await createCoupleWithTherapist(db);
    await therapist.caller.therapist.couple({ linkId });
    await callerB.couple.leave();
    await expectTRPCError(therapist.caller.therapist.couple({ linkId }), "NOT_FOUND");
    expect(await therapist.caller.therapist.dashboard()).toEqual({ active: [], waiting: [] });
  });

  it("'from now on' hides everything made before consent; 'all history' shows it", async () => {
    const db = await testDb();
    const couple = await createCouple(db);
    const { id: before } = await couple.callerA.boundary.propose({ title: "BEFORE-CONSENT-b01", description: "Old words.", category: "other", reviewOn: null });
    const { id: oldCommitment } = await couple.callerA.commitment.create({ what: "BEFORE-CONSENT-c01", question: "Kept?", cadence: { kind: "daily" }, startOn: addDays(today(), -3), endOn: null, timeZone: zone });
    await couple.callerA.commitment.checkIn({ commitmentId: oldCommitment, period: addDays(today(), -1), outcome: "kept" });
    const therapist = await createTherapist(db);
    const { linkId } = await therapist.caller.therapist.accept({ token: (await couple.callerB.care.invite()).token });
    await couple.callerA.care.consent({ linkId, scopes: [...ALL], history: "all" });
    await couple.callerB.care.consent({ linkId, scopes: [...ALL], history: "from-now" });
    await couple.callerB.boundary.propose({ title: "AFTER-CONSENT-b02", description: "New words.", category: "other", reviewOn: null });
    const seen = JSON.stringify([await therapist.caller.therapist.boundaries({ linkId }), await therapist.caller.therapist.commitments({ linkId })]);
    expect(seen).toContain("AFTER-CONSENT-b02");
    expect(seen).not.toContain("BEFORE-CONSENT");
    expect(seen).not.toContain(before);
    // Sam changes to "all history": now both chose it.
    await couple.callerB.care.consent({ linkId, scopes: [...ALL], history: "all" });
    expect(JSON.stringify(await therapist.caller.therapist.boundaries({ linkId }))).toContain("BEFORE-CONSENT-b01");
  });
});

describe("what a therapist hears live", () => {
  it("only kinds and ids of records they could open: no comments, reflections, records from before 'from now on', or consent news while access is off", async () => {
    const db = await testDb();
    const couple = await createCouple(db);
    const coupleId = (await couple.callerA.couple.get()).id as CoupleId;
    const { id: oldBoundary } = await couple.callerA.boundary.propose({ title: "Made before consent", description: "Old.", category: "other", reviewOn: null });
    const therapist = await createTherapist(db);
    const { linkId } = await therapist.caller.therapist.accept({ token: (await couple.callerA.care.invite()).token });
    const viewer = await resolveSession(db, therapist.sessionToken);
    const phone = await phoneOf(db, therapist.id, therapist.sessionToken);
    expect(await subscribe(phone, userChannel(therapist.id, viewer!.realtimeEpoch))).toEqual({ ok: true });
    const ownHeard = collect(phone, userChannel(therapist.id, viewer!.realtimeEpoch), REALTIME_EVENT_NAME);
    // One partner's consent while access is off: nothing for the therapist.
    await couple.callerA.care.consent({ linkId, scopes: [...ALL], history: "all" });
    await settle(400);
    expect(ownHeard).toEqual([]);
    await couple.callerB.care.consent({ linkId, scopes: [...ALL], history: "from-now" });
    await until(() => ownHeard.length === 1, 5_000, "access now in effect");
    expect(await subscribe(phone, careChannel(linkId))).toEqual({ ok: true });
    const heard = collect<{ kind: string; id: string }>(phone, careChannel(linkId), REALTIME_EVENT_NAME);

    await couple.callerB.boundary.comment({ boundaryId: oldBoundary, body: "Can we talk?" });
    await couple.callerB.boundary.agree({ boundaryId: oldBoundary, version: 1, revision: 1 });
    const { id: sessionId } = await startSessionFrom(db, { coupleId, userId: couple.a.id, partnerId: couple.b.id }, fixtureTemplate);
    await db.update(exerciseSessions).set({ stepIndex: 5 }).where(eq(exerciseSessions.id, sessionId));
    await couple.callerA.exercise.saveReflection({ sessionId, stepIndex: 5, note: "just mine" });
    await settle(400);
    expect(heard).toEqual([]);
    const { id: fresh } = await couple.callerA.boundary.propose({ title: "Made after consent", description: "New.", category: "other", reviewOn: null });
    await until(() => heard.length === 1, 5_000, "the new boundary");
    expect(heard).toEqual([{ kind: "boundary", id: fresh }]);
    // And every read they make is in the couple's log, grouped by day with a count.
    await therapist.caller.therapist.assignments({ linkId });
    await therapist.caller.therapist.boundaries({ linkId });
    await therapist.caller.therapist.boundaries({ linkId });
    const log = await couple.callerB.care.accessLog();
    expect(log.find((r) => r.recordKind === "boundaries")).toMatchObject({ times: 2, scope: "boundaries" });
    expect(log.find((r) => r.scope === "homework")).toMatchObject({ times: 1 });
  });
});

describe("the therapist changes nothing of the couple's", () => {
  it("every procedure outside the therapist's own account, homework and notes is refused", async () => {
    const db = await testDb();
    const { therapist, linkId } = await createCoupleWithTherapist(db);
    await therapist.caller.therapist.couple({ linkId });
    // The therapist's own account and private space are theirs; everything else must refuse them.
    const ownAccount = new Set(["account.signUp", "account.signOutEverywhere", "account.changePassword", "account.changeEmail", "account.delete", "safety.check", "safety.release", "wellbeing.save", "wellbeing.unshare", "invite.preview"]);
    const mutations = Object.entries(PROCEDURE_TYPES).filter(([path, type]) => type === "mutation" && !path.startsWith("therapist.") && !ownAccount.has(path)).map(([path]) => path);
    expect(mutations.length).toBeGreaterThan(30);
    for (const path of mutations) {
      const error = await procedureAt(therapist.caller, path)({}).then(() => null, (caught: unknown) => caught as { code?: string });
      expect(error?.code, path).toBe("FORBIDDEN");
    }
    // And a therapist account is never a partner.
    await expectTRPCError(therapist.caller.invite.create(), "FORBIDDEN");
    const { acceptInvite, createInvite } = await import("@/server/invite/service");
    const stranger = await createTherapist(db);
    const someone = await createUser(db);
    const invite = await createInvite(db, someone.id);
    await expect(acceptInvite(db, stranger.id, { token: invite.token })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("what a therapist never sees", () => {
  it("no private field's marker appears in any therapist response or realtime payload", async () => {
    const db = await testDb();
    const { a, b, callerA, callerB, therapist, linkId } = await createCoupleWithTherapist(db);
    const coupleId = (await callerA.couple.get()).id as CoupleId;
    const phone = await phoneOf(db, therapist.id, therapist.sessionToken);
    expect(await subscribe(phone, careChannel(linkId))).toEqual({ ok: true });
    const heard = collect(phone, careChannel(linkId), REALTIME_EVENT_NAME);
    const markers: string[] = [];
    const mark = (name: string) => {
      const marker = `PRIVATE-${name}-${Math.random().toString(36).slice(2, 8)}`;
      markers.push(marker);
      return marker;
    };

    // Private mood entries, and a held note on a shared one.
    await callerA.wellbeing.save({ mood: 2, feelings: ["sad"], note: mark("MOOD"), timeZone: zone });
    const shared = await callerB.wellbeing.save({ mood: 3, feelings: ["calm"], note: `I can't go on ${mark("HELD-MOOD-NOTE")}`, timeZone: zone });
    await callerB.wellbeing.share({ id: shared.id });
    // Exercise: a reflection, an unrevealed answer, a held answer and one kept private.
    const pair = { coupleId, userId: a.id, partnerId: b.id };
    const { id: sessionId } = await startSessionFrom(db, pair, fixtureTemplate);
    await db.update(exerciseSessions).set({ stepIndex: 1 }).where(eq(exerciseSessions.id, sessionId));
    await callerA.exercise.submitAnswer({ sessionId, stepIndex: 1, answer: mark("UNREVEALED") });
    const { id: second } = await startSessionFrom(db, pair, fixtureTemplate);
    await db.update(exerciseSessions).set({ stepIndex: 1 }).where(eq(exerciseSessions.id, second));
    await callerA.exercise.submitAnswer({ sessionId: second, stepIndex: 1, answer: `Everyone would be better off without me ${mark("HELD-ANSWER")}` });
    await callerB.exercise.submitAnswer({ sessionId: second, stepIndex: 1, answer: `I want to die ${mark("KEPT-ANSWER")}` });
    await callerB.safety.release({ kind: "answer", sessionId: second, stepIndex: 1, choice: "keep-private" });
    const { id: third } = await startSessionFrom(db, pair, fixtureTemplate);
    await db.update(exerciseSessions).set({ stepIndex: 5 }).where(eq(exerciseSessions.id, third));
    await callerA.exercise.saveReflection({ sessionId: third, stepIndex: 5, note: mark("REFLECTION") });
    // Commitments: a held check-in note, one kept private, a held pause note.
    const { id: commitmentId } = await callerA.commitment.create({ what: "Phone stays open", question: "Open?", cadence: { kind: "daily" }, startOn: addDays(today(), -2), endOn: null, timeZone: zone });
    const held = await callerA.commitment.checkIn({ commitmentId, period: addDays(today(), -2), outcome: "kept", note: `No reason to live ${mark("HELD-CHECKIN")}` });
    const kept = await callerA.commitment.checkIn({ commitmentId, period: addDays(today(), -1), outcome: "kept", note: `I want to end it all ${mark("KEPT-CHECKIN")}` });
    await callerA.safety.release({ kind: "check-in", checkInId: kept.id, choice: "keep-private" });
    await callerA.commitment.lifecycle({ commitmentId, action: "pause", note: `I can't go on anymore ${mark("HELD-PAUSE")}` });
    expect(held.supportive).toBe(true);
    // Boundaries: a held comment (comments never reach a therapist anyway).
    const { id: boundaryId } = await callerB.boundary.propose({ title: "Space after arguments", description: "An hour apart.", category: "communication", reviewOn: null });
    await callerA.boundary.comment({ boundaryId, body: `Better off dead ${mark("HELD-COMMENT")}` });
    await callerA.boundary.comment({ boundaryId, body: mark("PLAIN-COMMENT") });

    await settle(500);
    const responses = [
      await therapist.caller.therapist.dashboard(),
      await therapist.caller.therapist.couple({ linkId }),
      await therapist.caller.therapist.boundaries({ linkId }),
      await therapist.caller.therapist.commitments({ linkId }),
      await therapist.caller.therapist.answers({ linkId }),
      await therapist.caller.therapist.moods({ linkId }),
      await therapist.caller.therapist.assignments({ linkId }),
      await therapist.caller.therapist.notes({ linkId }),
      await therapist.caller.therapist.me(),
    ];
    const text = JSON.stringify([responses, heard]);
    for (const marker of markers) expect(text, marker).not.toContain(marker);
    // What is shared does reach them: the shared mood (without its held note), the boundary, the commitment.
    expect(JSON.stringify(responses[5])).toContain('"mood":3');
    expect(JSON.stringify(responses[2])).toContain("Space after arguments");
    expect(heard.length).toBeGreaterThan(0);
    for (const event of heard as Array<Record<string, unknown>>) expect(Object.keys(event).sort()).toEqual(["id", "kind"]);
  });
});

describe("the access log", () => {
  it("records every therapist read (never content), both partners can see it, and the database refuses to change it", async () => {
    const db = await testDb();
    const { callerA, callerB, therapist, linkId } = await createCoupleWithTherapist(db);
    await callerA.commitment.create({ what: "LOGGED-CONTENT-77a", question: "Kept?", cadence: { kind: "daily" }, startOn: today(), endOn: null, timeZone: zone });
    await therapist.caller.therapist.commitments({ linkId });
    await therapist.caller.therapist.moods({ linkId });
    await therapist.caller.therapist.dashboard();
    const seenByAlex = await callerA.care.accessLog();
    expect(seenByAlex.map((r) => r.scope)).toEqual(["summary", "moods", "commitments"]);
    expect(seenByAlex[0]).toMatchObject({ therapist: "Dr. Rivera", recordKind: "dashboard summary" });
    expect(await callerB.care.accessLog()).toEqual(seenByAlex);
    expect(JSON.stringify(seenByAlex)).not.toContain("LOGGED-CONTENT-77a");
    // A refused read returns no data, so nothing is logged for it.
    await expectTRPCError(therapist.caller.therapist.answers({ linkId: "00000000-0000-4000-8000-000000000000" }), "NOT_FOUND");

    const id = rowsOf<{ id: string }>(await db.execute(sql`select id from therapist_access_log limit 1`))[0]!.id;
    // The database's own words, from the trigger (drizzle wraps them as the error's cause).
    const refusal = (query: Promise<unknown>) => query.then(() => "allowed", (error: { message: string; cause?: { message?: string } }) => `${error.message} ${error.cause?.message ?? ""}`);
    expect(await refusal(db.execute(sql`update therapist_access_log set record_kind = 'x' where id = ${id}`))).toMatch(/append-only/);
    expect(await refusal(db.execute(sql`delete from therapist_access_log where id = ${id}`))).toMatch(/append-only/);
    expect(await refusal(db.execute(sql`truncate therapist_access_log`))).toMatch(/append-only/);
    expect((await callerA.care.accessLog()).length).toBe(3);
  });
});

describe("deleting accounts", () => {
  it("a partner deleting their account ends the therapist's access; a therapist deleting theirs leaves no row naming them, and the log stays", async () => {
    const db = await testDb();
    const first = await createCoupleWithTherapist(db);
    await first.therapist.caller.therapist.boundaries({ linkId: first.linkId });
    await first.callerA.account.delete({ password: first.a.password });
    await expectTRPCError(first.therapist.caller.therapist.boundaries({ linkId: first.linkId }), "NOT_FOUND");
    expect(await rowsMentioning(db, first.a.id)).toEqual([]);

    const second = await createCoupleWithTherapist(db);
    await second.therapist.caller.therapist.commitments({ linkId: second.linkId });
    await second.therapist.caller.therapist.addNote({ linkId: second.linkId, body: "A private note", shared: false });
    await second.therapist.caller.account.delete({ password: second.therapist.password });
    expect(await rowsMentioning(db, second.therapist.id)).toEqual([]);
    expect(await rowsMentioning(db, second.therapist.email)).toEqual([]);
    // The couple still sees that their progress was viewed, without a name that no longer exists.
    expect(await second.callerA.care.accessLog()).toEqual([expect.objectContaining({ therapist: "A therapist no longer on Twofold", scope: "commitments" })]);
    expect((await second.callerA.care.overview()).therapists).toEqual([]);
  });
});

describe("homework and notes", () => {
  it("the therapist assigns an exercise; the couple sees and starts it; the therapist sees it done; notes are private or shared", async () => {
    const db = await testDb();
    const { callerA, callerB, therapist, linkId } = await createCoupleWithTherapist(db);
    await expectTRPCError(therapist.caller.therapist.assign({ linkId, slug: "no-such-exercise", dueOn: null }), "NOT_FOUND");
    const { id: assignmentId } = await therapist.caller.therapist.assign({ linkId, slug: "love-maps", note: "Try it this week.", dueOn: addDays(today(), 7) });
    const forSam = await callerB.care.fromTherapists();
    expect(forSam.assignments).toEqual([expect.objectContaining({ id: assignmentId, title: expect.any(String), note: "Try it this week.", from: "Dr. Rivera", doneAt: null })]);
    await expectTRPCError(callerA.exercise.start({ slug: "stress-reducing-conversation", assignmentId }), "NOT_FOUND");
    const { id: sessionId } = await callerA.exercise.start({ slug: "love-maps", assignmentId });
    expect((await therapist.caller.therapist.assignments({ linkId }))[0]).toMatchObject({ started: true, doneAt: null });
    await db.update(exerciseSessions).set({ status: "completed", endedAt: new Date() }).where(eq(exerciseSessions.id, sessionId));
    expect((await therapist.caller.therapist.assignments({ linkId }))[0]!.doneAt).toBeInstanceOf(Date);

    await therapist.caller.therapist.addNote({ linkId, body: "THERAPIST-ONLY-NOTE", shared: false });
    await therapist.caller.therapist.addNote({ linkId, body: "For you both: go gently.", shared: true });
    expect((await therapist.caller.therapist.notes({ linkId })).map((n) => n.body)).toEqual(["For you both: go gently.", "THERAPIST-ONLY-NOTE"]);
    const notesForAlex = (await callerA.care.fromTherapists()).notes;
    expect(notesForAlex.map((n) => n.body)).toEqual(["For you both: go gently."]);
    expect(JSON.stringify(await callerB.care.fromTherapists())).not.toContain("THERAPIST-ONLY-NOTE");
    await expectTRPCError(therapist.caller.therapist.addNote({ linkId, body: "", shared: true }), "BAD_REQUEST");
    await expectTRPCError(therapist.caller.therapist.addNote({ linkId, body: "x", shared: true, extra: 1 } as never), "BAD_REQUEST");
  });
});

describe("invitations and sign-in for therapists", () => {
  it("an invitation is single-use, hashed at rest and expires; a wrong code is refused", async () => {
    const db = await testDb();
    const couple = await createCouple(db);
    const invite = await couple.callerA.care.invite();
    const stored = rowsOf<{ token_hash: string; code_hash: string }>(await db.execute(sql`select token_hash, code_hash from therapist_invites order by created_at desc limit 1`))[0]!;
    expect(JSON.stringify(stored)).not.toContain(invite.token);
    expect(JSON.stringify(stored)).not.toContain(invite.code.replace("-", ""));
    const one = await createTherapist(db);
    const two = await createTherapist(db);
    await expectTRPCError(two.caller.therapist.accept({ code: "ZZZZ-ZZZZ" }), "NOT_FOUND");
    await one.caller.therapist.accept({ code: invite.code });
    await expectTRPCError(two.caller.therapist.accept({ token: invite.token }), "CONFLICT");
    // Expired: seven days on.
    const old = await couple.callerB.care.invite();
    await db.execute(sql`update therapist_invites set expires_at = now() - interval '1 minute' where used_at is null and cancelled_at is null`);
    await expectTRPCError(two.caller.therapist.accept({ token: old.token }), "BAD_REQUEST");
    // Partners can't accept a therapist invitation.
    await expectTRPCError(couple.callerA.therapist.accept({ token: old.token }), "FORBIDDEN");
  });

  it("two-step sign-in: a code from the authenticator is needed after the password, once per code", async () => {
    const db = await testDb();
    const therapist = await createTherapist(db, { twoStep: false });
    const otherDevice = await createSession(db, therapist.id);
    const { attemptSignIn } = await import("@/server/auth/sign-in");
    // Without it, no couple's data: not even the dashboard or accepting an invitation.
    await expectTRPCError(therapist.caller.therapist.dashboard(), "FORBIDDEN");
    await expectTRPCError(therapist.caller.therapist.accept({ code: "ABCD-2345" }), "FORBIDDEN");
    await expectTRPCError(therapist.caller.therapist.twoStep.start({ password: "not the password" }), "BAD_REQUEST");
    const { secret, uri, qrSvg } = await therapist.caller.therapist.twoStep.start({ password: therapist.password });
    expect(uri).toMatch(/^otpauth:\/\/totp\/Twofold/);
    expect(qrSvg).toContain("<svg");
    await expectTRPCError(therapist.caller.therapist.twoStep.confirm({ code: "000000" }), "BAD_REQUEST");
    const code = await generate({ secret });
    await therapist.caller.therapist.twoStep.confirm({ code });
    expect((await therapist.caller.therapist.me()).twoStep).toBe(true);
    // This session passed it and opens the dashboard (on its next request, which resolves the
    // session afresh); the other device's session, which never did, has ended.
    const nextRequest = await callerForSession(db, therapist.sessionToken);
    expect(await nextRequest.therapist.dashboard()).toEqual({ active: [], waiting: [] });
    expect(await resolveSession(db, otherDevice)).toBeNull();
    // A session from a password-only sign-in (as before two-step was on) opens nothing.
    const passwordOnly = await callerForSession(db, await createSession(db, therapist.id));
    await expectTRPCError(passwordOnly.therapist.dashboard(), "FORBIDDEN");

    const attempt = { email: therapist.email, password: therapist.password, clientAddress: "203.0.113.40" };
    await expect(attemptSignIn(db, attempt)).rejects.toMatchObject({ reason: "code_required" });
    await expect(attemptSignIn(db, { ...attempt, code: "123456" === code ? "654321" : "123456" })).rejects.toMatchObject({ reason: "code_invalid" });
    // The confirming code was just used: it can't be used again.
    await expect(attemptSignIn(db, { ...attempt, code })).rejects.toMatchObject({ reason: "code_invalid" });
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    expect(await attemptSignIn(db, { ...attempt, code: next })).toMatchObject({ id: therapist.id, secondFactor: true });
    await expect(attemptSignIn(db, { ...attempt, code: next })).rejects.toMatchObject({ reason: "code_invalid" });
    // A wrong password never reaches the code step.
    expect(await attemptSignIn(db, { ...attempt, password: "not the password" })).toBeNull();
    const [profile] = await db.select({ secret: therapistProfiles.totpSecret }).from(therapistProfiles).where(eq(therapistProfiles.userId, therapist.id));
    expect(profile?.secret).toBe(secret);
    // Partners have no two-step setup here.
    const partner = await createCouple(db);
    await expectTRPCError(partner.callerA.therapist.twoStep.start({ password: partner.a.password }), "FORBIDDEN");
  });
});
