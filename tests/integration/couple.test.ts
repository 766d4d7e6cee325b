import { describe, expect, it } from "vitest";
import { anonymousCaller, callerFor, createCouple, createUser } from "../factories";
import { testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";

describe("couple access", () => {
  it("a person without a couple, and an anonymous visitor, cannot reach couple data", async () => {
    const db = await testDb();
    const loner = await createUser(db);
    await expectTRPCError((await callerFor(db, loner.id)).couple.get(), "FORBIDDEN");
    await expectTRPCError(anonymousCaller(db).couple.get(), "UNAUTHORIZED");
    await expectTRPCError(anonymousCaller(db).couple.status(), "UNAUTHORIZED");
    await expectTRPCError(anonymousCaller(db).couple.leave(), "UNAUTHORIZED");
    await expectTRPCError(anonymousCaller(db).invite.create(), "UNAUTHORIZED");
  });

  it("members of another couple only ever see their own couple", async () => {
    const db = await testDb();
    const first = await createCouple(db, ["Alex", "Sam"]);
    const second = await createCouple(db, ["Kim", "Lee"]);
    const mine = await second.callerA.couple.get();
    const theirs = await first.callerA.couple.get();
    expect(mine.id).not.toBe(theirs.id);
    expect(mine.partner.name).toBe("Lee");
    // Leaving acts on the caller's own couple only: the other couple is untouched.
    await second.callerA.couple.leave();
    expect((await first.callerB.couple.get()).partner.name).toBe("Alex");
  });
});

describe("leaving", () => {
  it("either partner leaves alone; the couple ends for both at once and the other sees a neutral notice", async () => {
    const db = await testDb();
    const { a, b, callerA, callerB } = await createCouple(db, ["Alex", "Sam"]);
    const { endedAt } = await callerB.couple.leave();

    // New requests (new contexts) for both: no access to the old couple.
    await expectTRPCError((await callerFor(db, a.id)).couple.get(), "FORBIDDEN");
    await expectTRPCError((await callerFor(db, b.id)).couple.get(), "FORBIDDEN");
    await expectTRPCError(callerA.couple.leave(), "FORBIDDEN");

    const statusA = await callerA.couple.status();
    expect(statusA).toEqual({ linked: false, coupleId: null, endedNotice: { endedAt }, openInvite: null });
    // The notice never says who left or why.
    expect(JSON.stringify(statusA)).not.toMatch(/Sam|left by|reason/i);
    // The person who left needs no notice.
    expect((await callerB.couple.status()).endedNotice).toBeNull();

    await callerA.couple.dismissEndedNotice();
    expect((await callerA.couple.status()).endedNotice).toBeNull();
  });

  it("after leaving, either can start a new couple", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db, ["Alex", "Sam"]);
    await callerA.couple.leave();
    const kim = await createUser(db, { name: "Kim" });
    const { token } = await callerB.invite.create();
    await (await callerFor(db, kim.id)).invite.accept({ token });
    expect((await callerB.couple.get()).partner.name).toBe("Kim");
    expect((await callerB.couple.status()).linked).toBe(true);
    await expectTRPCError(callerA.couple.get(), "FORBIDDEN");
  });

  it("both leaving at the same moment ends the couple once", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const results = await Promise.allSettled([callerA.couple.leave(), callerB.couple.leave()]);
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
    await expectTRPCError(callerA.couple.get(), "FORBIDDEN");
    await expectTRPCError(callerB.couple.get(), "FORBIDDEN");
  });
});
