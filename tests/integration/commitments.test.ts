import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { commitmentCheckIns, commitmentEvents, commitments } from "@/db/schema";
import type { CoupleId } from "@/server/couple/ids";
import { localDate, addDays } from "@/server/commitments/periods";
import { checkIn, createCommitment, listCommitments } from "@/server/commitments/service";
import { anonymousCaller, createCouple } from "../factories";
import { countRows, testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";

const zone = "America/Los_Angeles";
const today = () => localDate(new Date(), zone);
const daily = () => ({
  what: "No contact with X",
  question: "No contact with X today?",
  cadence: { kind: "daily" as const },
  startOn: addDays(today(), -3),
  endOn: null,
  timeZone: zone,
});

describe("commitments", () => {
  it("are made for yourself only: there is no way to name the partner as the owner", async () => {
    const db = await testDb();
    const { b, callerA, callerB } = await createCouple(db);
    await expectTRPCError(callerA.commitment.create({ ...daily(), ownerId: b.id } as never), "BAD_REQUEST");
    const { id } = await callerA.commitment.create(daily());
    const [row] = await db.select().from(commitments).where(eq(commitments.id, id));
    expect(row?.ownerId).not.toBe(b.id);
    expect((await callerB.commitment.list())[0]).toMatchObject({ owner: "partner", what: "No contact with X" });
    // Only the committer checks in, pauses or ends it.
    await expectTRPCError(callerB.commitment.checkIn({ commitmentId: id, period: today(), outcome: "kept" }), "FORBIDDEN");
    await expectTRPCError(callerB.commitment.lifecycle({ commitmentId: id, action: "end" }), "FORBIDDEN");
  });

  it("a period with no check-in shows as 'no check-in', not 'not kept'; the current one is open", async () => {
    const db = await testDb();
    const { callerA } = await createCouple(db);
    const { id } = await callerA.commitment.create(daily());
    await callerA.commitment.checkIn({ commitmentId: id, period: addDays(today(), -3), outcome: "kept" });
    await callerA.commitment.checkIn({ commitmentId: id, period: addDays(today(), -1), outcome: "partly", note: "A message I didn't answer." });
    const [c] = await callerA.commitment.list();
    expect(c!.progress.periods.map((p) => p.status)).toEqual(["kept", "no-check-in", "partly", "open"]);
    expect(c!.progress.keptPercent).toBe(33);
  });

  it("check-ins are for today or earlier, within the dates, once, and never edited", async () => {
    const db = await testDb();
    const { callerA } = await createCouple(db);
    const { id } = await callerA.commitment.create(daily());
    await expectTRPCError(callerA.commitment.checkIn({ commitmentId: id, period: addDays(today(), 1), outcome: "kept" }), "BAD_REQUEST");
    await expectTRPCError(callerA.commitment.checkIn({ commitmentId: id, period: addDays(today(), -4), outcome: "kept" }), "BAD_REQUEST");
    await callerA.commitment.checkIn({ commitmentId: id, period: today(), outcome: "kept" });
    await expectTRPCError(callerA.commitment.checkIn({ commitmentId: id, period: today(), outcome: "not-kept" }), "CONFLICT");
    const rows = await db.select().from(commitmentCheckIns);
    expect(rows.map((r) => r.outcome)).toEqual(["kept"]);
  });

  it("the partner answers a check-in once: confirmed, or unsure – let's talk", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.commitment.create(daily());
    await callerB.commitment.acknowledge({ commitmentId: id, response: "thank-you" });
    await expectTRPCError(callerA.commitment.acknowledge({ commitmentId: id, response: "seen" }), "BAD_REQUEST");
    const checkIn = await callerA.commitment.checkIn({ commitmentId: id, period: today(), outcome: "kept" });
    await expectTRPCError(callerA.commitment.respond({ checkInId: checkIn.id, response: "confirmed" }), "BAD_REQUEST");
    await callerB.commitment.respond({ checkInId: checkIn.id, response: "confirmed" });
    await expectTRPCError(callerB.commitment.respond({ checkInId: checkIn.id, response: "unsure" }), "CONFLICT");
    const [c] = await callerA.commitment.list();
    expect(c!.checkIns[0]).toMatchObject({ outcome: "kept", response: "confirmed" });
    expect(c!.history.map((h) => [h.kind, h.by, h.detail])).toEqual([
      ["created", "you", null],
      ["acknowledged", "partner", "thank-you"],
    ]);
  });

  it("pausing and ending are kept in the history with a note", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.commitment.create(daily());
    await callerA.commitment.lifecycle({ commitmentId: id, action: "pause", note: "A hard week." });
    await expectTRPCError(callerA.commitment.checkIn({ commitmentId: id, period: today(), outcome: "kept" }), "BAD_REQUEST");
    await callerA.commitment.lifecycle({ commitmentId: id, action: "resume" });
    await callerA.commitment.lifecycle({ commitmentId: id, action: "end", note: "We agreed it's done." });
    const [c] = await callerB.commitment.list();
    expect(c!.status).toBe("ended");
    expect(c!.history.map((h) => [h.kind, h.note])).toEqual([
      ["created", null],
      ["paused", "A hard week."],
      ["resumed", null],
      ["ended", "We agreed it's done."],
    ]);
  });

  it("runs hold across the spring DST change in the committer's zone, even when checking in late at night", async () => {
    const db = await testDb();
    const { a, b, callerA } = await createCouple(db);
    const coupleId = (await callerA.couple.get()).id as CoupleId;
    const pair = { coupleId, userId: a.id, partnerId: b.id };
    const { id } = await createCommitment(db, pair, { ...daily(), startOn: "2026-03-06", timeZone: "America/New_York" });
    // 23:30 local each evening, 2026-03-06 … 03-10; New York springs forward on 03-08.
    for (const [day, instant] of [
      ["2026-03-06", "2026-03-07T04:30:00Z"],
      ["2026-03-07", "2026-03-08T04:30:00Z"],
      ["2026-03-08", "2026-03-09T03:30:00Z"],
      ["2026-03-09", "2026-03-10T03:30:00Z"],
      ["2026-03-10", "2026-03-11T03:30:00Z"],
    ] as const) {
      await checkIn(db, pair, { commitmentId: id, period: day, outcome: "kept" }, new Date(instant));
    }
    // 00:30 local on 03-11: today is 03-11 and still open.
    const [c] = await listCommitments(db, pair, new Date("2026-03-11T04:30:00Z"));
    expect(c!.progress.periods.map((p) => p.period)).toEqual(["2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11"]);
    expect(c!.progress).toMatchObject({ currentRun: 5, longestRun: 5, keptPercent: 100 });
    // At 23:30 local on 03-10 it is already 03-11 in UTC, but 03-11 is still tomorrow for the committer.
    await expect(checkIn(db, pair, { commitmentId: id, period: "2026-03-11", outcome: "kept" }, new Date("2026-03-11T03:30:00Z"))).rejects.toThrow(/today or earlier/);
  });

  it("two check-ins for the same period at once: one is kept, the other gets CONFLICT", async () => {
    const db = await testDb();
    const { callerA } = await createCouple(db);
    const { id } = await callerA.commitment.create(daily());
    const results = await Promise.allSettled([
      callerA.commitment.checkIn({ commitmentId: id, period: today(), outcome: "kept" }),
      callerA.commitment.checkIn({ commitmentId: id, period: today(), outcome: "not-kept" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as { code: string }).code).toBe("CONFLICT");
    expect(await countRows(commitmentCheckIns)).toBe(1);
  });

  it("bad input gets a clear error and changes nothing; other couples see nothing", async () => {
    const db = await testDb();
    const { callerA } = await createCouple(db);
    await expectTRPCError(callerA.commitment.create({ ...daily(), what: " " }), "BAD_REQUEST");
    await expectTRPCError(callerA.commitment.create({ ...daily(), what: "x".repeat(201) }), "BAD_REQUEST");
    await expectTRPCError(callerA.commitment.create({ ...daily(), endOn: addDays(daily().startOn, -1) }), "BAD_REQUEST");
    await expectTRPCError(callerA.commitment.create({ ...daily(), timeZone: "Mars/Olympus" }), "BAD_REQUEST");
    await expectTRPCError(callerA.commitment.create({ ...daily(), cadence: { kind: "weekdays", days: [] } }), "BAD_REQUEST");
    expect(await countRows(commitments)).toBe(0);
    const { id } = await callerA.commitment.create(daily());
    await expectTRPCError(callerA.commitment.checkIn({ commitmentId: id, period: today(), outcome: "kept", note: "x".repeat(1001) }), "BAD_REQUEST");
    const other = await createCouple(db, ["Kim", "Lee"]);
    expect(await other.callerA.commitment.list()).toEqual([]);
    await expectTRPCError(other.callerA.commitment.checkIn({ commitmentId: id, period: today(), outcome: "kept" }), "NOT_FOUND");
    await expectTRPCError(anonymousCaller(db).commitment.list(), "UNAUTHORIZED");
    expect(await countRows(commitmentCheckIns)).toBe(0);
  });
});

describe("paused and ended commitments", () => {
  it("days while paused and after the end show as nothing asked, not as 'no check-in'", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.commitment.create({ ...daily(), startOn: addDays(today(), -4) });
    await callerA.commitment.checkIn({ commitmentId: id, period: addDays(today(), -4), outcome: "kept" });
    await callerA.commitment.lifecycle({ commitmentId: id, action: "pause", note: "A hard week" });
    // Move the pause back to two days ago, as if it had happened then.
    const twoDaysAgo = new Date(`${addDays(today(), -2)}T12:00:00Z`); // 04:00 or 05:00 in Los Angeles, that same day
    await db.update(commitmentEvents).set({ createdAt: twoDaysAgo }).where(and(eq(commitmentEvents.commitmentId, id), eq(commitmentEvents.kind, "paused")));
    const paused = (await callerB.commitment.list())[0]!;
    expect(paused.progress.periods.map((p) => [p.period, p.status])).toEqual([
      [addDays(today(), -4), "kept"],
      [addDays(today(), -3), "no-check-in"],
    ]);
    await callerA.commitment.lifecycle({ commitmentId: id, action: "resume" });
    const resumed = (await callerB.commitment.list())[0]!;
    expect(resumed.progress.periods.map((p) => p.status)).toEqual(["kept", "no-check-in", "open"]);
    await callerA.commitment.lifecycle({ commitmentId: id, action: "end" });
    expect((await callerB.commitment.list())[0]!.progress.periods.map((p) => p.status)).toEqual(["kept", "no-check-in"]);
  });
});
