import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { boundaries, boundaryEvents, boundaryVersions, commitmentEvents, commitments, exerciseSessions } from "@/db/schema";
import { addDays, localDate } from "@/server/commitments/periods";
import type { CoupleId } from "@/server/couple/ids";
import { startSessionFrom } from "@/server/exercises/service";
import { templateSchema } from "@/server/exercises/template-schema";
import { anonymousCaller, createCouple } from "../factories";
import { fixtureTemplate } from "../fixtures/exercise-template";
import { testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";

type Caller = Awaited<ReturnType<typeof createCouple>>["callerA"];

const zone = "Europe/Berlin";
const today = () => localDate(new Date(), zone);
const utcToday = () => new Date().toISOString().slice(0, 10);
const everything = { areas: ["boundaries", "commitments", "check-ins"] as ("boundaries" | "commitments" | "check-ins")[], person: "anyone" as const, limit: 100 };
const phones = { title: "Phones at dinner", description: "We keep phones away at dinner.", category: "privacy-and-devices" as const, reviewOn: null };
const daily = () => ({ what: "No contact with X", question: "No contact with X today?", cadence: { kind: "daily" as const }, startOn: addDays(today(), -2), endOn: null, timeZone: zone });

async function refOf(caller: Caller, boundaryId: string) {
  const { version, revision } = await caller.boundary.get({ boundaryId });
  return { boundaryId, version, revision };
}

describe("trust timeline", () => {
  it("lists boundary steps, commitment history, check-ins and responses newest first, for both partners", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id: boundaryId } = await callerA.boundary.propose(phones);
    await callerB.boundary.proposeChange({ ...(await refOf(callerA, boundaryId)), ...phones, title: "Phones away at meals" });
    await callerA.boundary.agree(await refOf(callerA, boundaryId));
    const { id: commitmentId } = await callerA.commitment.create(daily());
    await callerB.commitment.acknowledge({ commitmentId, response: "thank-you" });
    const { id: checkInId } = await callerA.commitment.checkIn({ commitmentId, period: today(), outcome: "partly", note: "NOTE-MARKER-1 a hard evening" });
    await callerB.commitment.respond({ checkInId, response: "confirmed" });

    const forAlex = await callerA.agreements.timeline(everything);
    expect(forAlex.map((e) => [e.area, e.kind, e.by])).toEqual([
      ["check-ins", "response", "partner"],
      ["check-ins", "check-in", "you"],
      ["commitments", "acknowledged", "partner"],
      ["commitments", "created", "you"],
      ["boundaries", "agreed", "you"],
      ["boundaries", "changed", "partner"],
      ["boundaries", "proposed", "you"],
    ]);
    // Each boundary line names the words of the version it concerns.
    expect(forAlex.filter((e) => e.area === "boundaries").map((e) => ("version" in e ? [e.version, e.title] : null))).toEqual([
      [2, "Phones away at meals"],
      [2, "Phones away at meals"],
      [1, "Phones at dinner"],
    ]);
    expect(forAlex[1]).toMatchObject({ outcome: "partly", period: today(), title: "No contact with X" });
    // The same lines from Sam's side, with "you" and "partner" the other way round.
    const forSam = await callerB.agreements.timeline(everything);
    expect(forSam.map((e) => e.by)).toEqual(forAlex.map((e) => (e.by === "you" ? "partner" : "you")));
    // Titles and outcomes only: notes stay on the commitment itself.
    expect(JSON.stringify(forSam)).not.toContain("NOTE-MARKER-1");
  });

  it("filters by area and by whose action it was, and returns the newest entries up to the limit", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    await callerA.boundary.propose(phones);
    const { id: commitmentId } = await callerB.commitment.create(daily());
    await callerB.commitment.checkIn({ commitmentId, period: addDays(today(), -2), outcome: "kept" });
    await callerB.commitment.checkIn({ commitmentId, period: addDays(today(), -1), outcome: "kept" });

    expect((await callerA.agreements.timeline({ ...everything, areas: ["boundaries"] })).map((e) => e.area)).toEqual(["boundaries"]);
    expect((await callerA.agreements.timeline({ ...everything, areas: ["check-ins"] })).map((e) => e.kind)).toEqual(["check-in", "check-in"]);
    expect((await callerA.agreements.timeline({ ...everything, person: "you" })).map((e) => e.kind)).toEqual(["proposed"]);
    const partners = await callerA.agreements.timeline({ ...everything, person: "partner" });
    expect(partners.map((e) => e.kind)).toEqual(["check-in", "check-in", "created"]);
    const newest = await callerA.agreements.timeline({ ...everything, limit: 2 });
    expect(newest.map((e) => e.id)).toEqual(partners.slice(0, 2).map((e) => e.id));
    expect(newest[0]).toMatchObject({ period: addDays(today(), -1) });
  });

  it("shows nothing of another couple, and refuses bad filters and people without a couple", async () => {
    const db = await testDb();
    const one = await createCouple(db);
    const other = await createCouple(db);
    await one.callerA.boundary.propose({ ...phones, title: "OTHER-COUPLE-MARKER" });
    await one.callerA.commitment.create({ ...daily(), what: "OTHER-COUPLE-MARKER too" });
    expect(await other.callerA.agreements.timeline(everything)).toEqual([]);
    expect(JSON.stringify(await other.callerB.agreements.printable())).not.toContain("OTHER-COUPLE-MARKER");
    await expectTRPCError(one.callerA.agreements.timeline({ ...everything, areas: [] }), "BAD_REQUEST");
    await expectTRPCError(one.callerA.agreements.timeline({ ...everything, limit: 10_000 }), "BAD_REQUEST");
    await expectTRPCError(one.callerA.agreements.timeline({ ...everything, coupleId: "x" } as never), "BAD_REQUEST");
    await expectTRPCError(anonymousCaller(db).agreements.timeline(everything), "UNAUTHORIZED");
    await one.callerA.couple.leave();
    await expectTRPCError(one.callerB.agreements.timeline(everything), "FORBIDDEN");
    await expectTRPCError(one.callerB.agreements.printable(), "FORBIDDEN");
  });
});

describe("printable agreements", () => {
  it("holds the agreed version of each boundary (not a change under discussion) and active commitments only", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id: agreedId } = await callerA.boundary.propose(phones);
    await callerB.boundary.agree(await refOf(callerA, agreedId));
    await callerB.boundary.proposeChange({ ...(await refOf(callerA, agreedId)), ...phones, description: "PENDING-WORDING" });
    await callerA.boundary.propose({ ...phones, title: "Only proposed" });
    const { id: active } = await callerA.commitment.create(daily());
    const { id: paused } = await callerB.commitment.create({ ...daily(), what: "Paused one" });
    await callerB.commitment.lifecycle({ commitmentId: paused, action: "pause" });

    const page = await callerB.agreements.printable();
    expect(page.boundaries).toHaveLength(1);
    expect(page.boundaries[0]).toMatchObject({ id: agreedId, version: 1, title: "Phones at dinner", description: "We keep phones away at dinner." });
    expect(page.boundaries[0]!.agreedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(page)).not.toContain("PENDING-WORDING");
    expect(page.commitments.map((c) => [c.id, c.owner])).toEqual([[active, "partner"]]);
  });
});

describe("boundary review reminders", () => {
  it("remind both partners on the review date of the version in force, until each marks it as looked at", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.boundary.propose({ ...phones, reviewOn: utcToday() });
    // Not agreed yet: nothing to review.
    expect(await callerA.boundary.reviewsDue()).toEqual([]);
    await expectTRPCError(callerA.boundary.markReviewed({ boundaryId: id, reviewOn: utcToday() }), "BAD_REQUEST");
    await callerB.boundary.agree(await refOf(callerA, id));
    expect(await callerA.boundary.reviewsDue()).toEqual([{ boundaryId: id, title: "Phones at dinner", reviewOn: utcToday() }]);
    expect(await callerB.boundary.reviewsDue()).toHaveLength(1);
    expect((await callerB.boundary.list())[0]).toMatchObject({ reviewDue: true, reviewOn: utcToday() });

    // A review date the person didn't see (here: yesterday's) is refused.
    await expectTRPCError(callerA.boundary.markReviewed({ boundaryId: id, reviewOn: addDays(utcToday(), -1) }), "CONFLICT");
    await callerA.boundary.markReviewed({ boundaryId: id, reviewOn: utcToday() });
    await callerA.boundary.markReviewed({ boundaryId: id, reviewOn: utcToday() }); // twice is harmless
    expect(await callerA.boundary.reviewsDue()).toEqual([]);
    expect((await callerA.boundary.list())[0]).toMatchObject({ reviewDue: false });
    expect((await callerB.boundary.list())[0]).toMatchObject({ reviewDue: true });
    // Alex's "looked at it" binds Sam to nothing: Sam is still reminded.
    expect(await callerB.boundary.reviewsDue()).toHaveLength(1);
    expect((await callerB.agreements.timeline(everything)).filter((e) => e.kind === "reviewed").map((e) => e.by)).toEqual(["partner"]);
    // The boundary itself did not change.
    expect(await callerB.boundary.get({ boundaryId: id })).toMatchObject({ status: "agreed", agreedVersion: 1, version: 1 });
  });

  it("a proposed change with a later review date doesn't move the reminder until it is agreed", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.boundary.propose({ ...phones, reviewOn: utcToday() });
    await callerB.boundary.agree(await refOf(callerA, id));
    await callerB.boundary.proposeChange({ ...(await refOf(callerA, id)), ...phones, reviewOn: addDays(utcToday(), 30) });
    expect(await callerA.boundary.reviewsDue()).toHaveLength(1);
    await callerA.boundary.agree(await refOf(callerA, id));
    expect(await callerA.boundary.reviewsDue()).toEqual([]);
    expect((await callerA.boundary.list())[0]).toMatchObject({ reviewDue: false, reviewOn: addDays(utcToday(), 30) });
  });
});

describe("changing a commitment", () => {
  it("keeps what each field said before and after, with the note, in the history", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.commitment.create({ ...daily(), why: "To rebuild trust" });
    const endOn = addDays(today(), 30);
    await callerA.commitment.change({ commitmentId: id, what: "No contact with X at all", why: "To rebuild trust", question: "No contact with X today?", endOn, note: "Clearer wording" });
    const seenBySam = (await callerB.commitment.list())[0]!;
    expect(seenBySam).toMatchObject({ what: "No contact with X at all", endOn });
    expect(seenBySam.history.at(-1)).toMatchObject({
      kind: "changed",
      by: "partner",
      note: "Clearer wording",
      changes: { what: { from: "No contact with X", to: "No contact with X at all" }, endOn: { from: null, to: endOn } },
    });
    expect(Object.keys(seenBySam.history.at(-1)!.changes!)).toEqual(["what", "endOn"]);
    expect((await callerB.agreements.timeline({ ...everything, areas: ["commitments"] }))[0]).toMatchObject({ kind: "changed", by: "partner" });
  });

  it("is the committer's alone, never ends before a day already checked in, and bad input changes nothing", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.commitment.create(daily());
    await callerA.commitment.checkIn({ commitmentId: id, period: addDays(today(), -1), outcome: "kept" });
    const same = { commitmentId: id, what: "No contact with X", why: "", question: "No contact with X today?", endOn: null };
    const before = await db.select().from(commitments).where(eq(commitments.id, id));
    const events = async () => (await db.select().from(commitmentEvents).where(eq(commitmentEvents.commitmentId, id))).length;
    const eventsBefore = await events();

    await expectTRPCError(callerB.commitment.change({ ...same, what: "Something Sam wants" }), "FORBIDDEN");
    // Moving the end into the past would quietly drop missed days: ending is what "End" is for.
    expect((await expectTRPCError(callerA.commitment.change({ ...same, endOn: addDays(today(), -1) }), "BAD_REQUEST")).message).toMatch(/from today/);
    await expectTRPCError(callerA.commitment.change({ ...same, endOn: addDays(today(), -5) }), "BAD_REQUEST");
    await expectTRPCError(callerA.commitment.change(same), "BAD_REQUEST");
    await expectTRPCError(callerA.commitment.change({ ...same, what: "" }), "BAD_REQUEST");
    await expectTRPCError(callerA.commitment.change({ ...same, what: "x".repeat(201) }), "BAD_REQUEST");
    await expectTRPCError(callerA.commitment.change({ ...same, cadence: { kind: "weekly" } } as never), "BAD_REQUEST");
    expect(await db.select().from(commitments).where(eq(commitments.id, id))).toEqual(before);
    expect(await events()).toBe(eventsBefore);

    await callerA.commitment.lifecycle({ commitmentId: id, action: "end", note: "Done for now" });
    await expectTRPCError(callerA.commitment.change({ ...same, what: "After the end" }), "BAD_REQUEST");
  });
});

/** A template whose agreement step produces a boundary. */
const boundaryTemplate = templateSchema.parse({
  ...fixtureTemplate,
  slug: "fixture-boundary-draft",
  steps: [{ kind: "agreement", id: "plan", title: "One boundary", prompt: "What will you both keep to?", produces: "boundary" }],
});

async function agreedDraftSession(db: Db, couple: Awaited<ReturnType<typeof createCouple>>, template = boundaryTemplate, stepIndex = 0) {
  const coupleId = (await couple.callerA.couple.get()).id as CoupleId;
  const { id: sessionId } = await startSessionFrom(db, { coupleId, userId: couple.a.id, partnerId: couple.b.id }, template);
  await db.update(exerciseSessions).set({ stepIndex }).where(eq(exerciseSessions.id, sessionId));
  const ref = { sessionId, stepIndex };
  const draft = { title: "Phones away at dinner", details: "From Monday, both of us." };
  await couple.callerA.exercise.saveDraft({ ...ref, ...draft });
  return { ref, draft, agree: async () => {
    await couple.callerA.exercise.agreeToDraft({ ...ref, ...draft });
    await couple.callerB.exercise.agreeToDraft({ ...ref, ...draft });
  } };
}

describe("exercise agreement drafts taken further", () => {
  it("a draft you both agreed to becomes one boundary proposal, once; the exercise links to it", async () => {
    const db = await testDb();
    const couple = await createCouple(db);
    const { ref, draft, agree } = await agreedDraftSession(db, couple);
    const fields = { title: draft.title, description: draft.details, category: "privacy-and-devices" as const, reviewOn: null };
    // Not yet agreed by both: it can't be taken further.
    await expectTRPCError(couple.callerA.exercise.agreedDraft({ ...ref, produces: "boundary" }), "BAD_REQUEST");
    await expectTRPCError(couple.callerA.boundary.propose({ ...fields, fromDraft: ref }), "BAD_REQUEST");
    await agree();
    expect(await couple.callerB.exercise.agreedDraft({ ...ref, produces: "boundary" })).toEqual({ ...draft, taken: false });
    await expectTRPCError(couple.callerB.exercise.agreedDraft({ ...ref, produces: "commitment" }), "NOT_FOUND");

    const { id } = await couple.callerB.boundary.propose({ ...fields, fromDraft: ref });
    const [row] = await db.select({ sourceDraftId: boundaries.sourceDraftId }).from(boundaries).where(eq(boundaries.id, id));
    expect(row?.sourceDraftId).toBeTruthy();
    // Still a proposal: Alex agrees through the boundary like any other.
    expect(await couple.callerA.boundary.get({ boundaryId: id })).toMatchObject({ status: "proposed" });
    expect((await couple.callerA.exercise.get({ sessionId: ref.sessionId })).views[0]).toMatchObject({ takenFurther: { boundaryId: id } });
    expect(await couple.callerA.exercise.agreedDraft({ ...ref, produces: "boundary" })).toMatchObject({ taken: true });
    const again = await expectTRPCError(couple.callerA.boundary.propose({ ...fields, fromDraft: ref }), "CONFLICT");
    expect(again.message).toMatch(/already/);
    expect(await db.select().from(boundaries).where(eq(boundaries.sourceDraftId, row!.sourceDraftId!))).toHaveLength(1);
  });

  it("a commitment draft becomes the committer's own commitment; another couple can't use the draft", async () => {
    const db = await testDb();
    const couple = await createCouple(db);
    const other = await createCouple(db);
    const { ref, agree } = await agreedDraftSession(db, couple, fixtureTemplate, 4);
    await agree();
    const { id } = await couple.callerB.commitment.create({ ...daily(), fromDraft: ref });
    // Once per person: a second submit is refused, and Alex may still make it his own.
    await expectTRPCError(couple.callerB.commitment.create({ ...daily(), fromDraft: ref }), "CONFLICT");
    expect(await couple.callerB.exercise.agreedDraft({ ...ref, produces: "commitment" })).toMatchObject({ taken: true });
    expect(await couple.callerA.exercise.agreedDraft({ ...ref, produces: "commitment" })).toMatchObject({ taken: false });
    expect((await couple.callerB.exercise.get({ sessionId: ref.sessionId })).views[4]).toMatchObject({ takenFurther: { commitmentId: id } });
    // It is Sam's commitment, not Alex's: Alex's view of the exercise shows nothing taken further.
    expect((await couple.callerA.exercise.get({ sessionId: ref.sessionId })).views[4]).toMatchObject({ takenFurther: null });
    await expectTRPCError(other.callerA.commitment.create({ ...daily(), fromDraft: ref }), "NOT_FOUND");
    await expectTRPCError(other.callerA.exercise.agreedDraft({ ...ref, produces: "commitment" }), "NOT_FOUND");
    await expectTRPCError(couple.callerA.boundary.propose({ ...phones, fromDraft: ref }), "NOT_FOUND");
  });
});

describe("boundary history for the timeline", () => {
  it("records every step in the same transaction as the change, and nothing for a refused one", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.boundary.propose(phones);
    const stale = await refOf(callerA, id);
    await callerB.boundary.agree(stale);
    await expectTRPCError(callerA.boundary.requestRevisit(stale), "CONFLICT");
    await callerA.boundary.requestRevisit(await refOf(callerA, id));
    await callerB.boundary.comment({ boundaryId: id, body: "COMMENT-MARKER let's talk on Sunday" });
    await callerB.boundary.proposeRetire(await refOf(callerA, id));
    await callerA.boundary.agreeToRetire(await refOf(callerA, id));
    const kinds = (await db.select({ kind: boundaryEvents.kind }).from(boundaryEvents).where(eq(boundaryEvents.boundaryId, id)).orderBy(boundaryEvents.createdAt)).map((r) => r.kind);
    expect(kinds).toEqual(["proposed", "agreed", "revisit-requested", "commented", "retire-proposed", "retired"]);
    const timeline = await callerA.agreements.timeline(everything);
    expect(JSON.stringify(timeline)).not.toContain("COMMENT-MARKER");
    // Versions are still untouched by all of this.
    expect(await db.select({ n: boundaryVersions.number }).from(boundaryVersions).where(eq(boundaryVersions.boundaryId, id))).toEqual([{ n: 1 }]);
  });
});
