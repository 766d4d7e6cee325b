import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { boundaryVersions } from "@/db/schema";
import { anonymousCaller, callerFor, createCouple, createUser } from "../factories";
import { countRows, testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";

async function refOf(caller: { boundary: { get(input: { boundaryId: string }): Promise<{ version: number; revision: number }> } }, boundaryId: string) {
  const { version, revision } = await caller.boundary.get({ boundaryId });
  return { boundaryId, version, revision };
}

const phones = { title: "Phones at dinner", description: "We keep phones away at dinner.", category: "privacy-and-devices" as const, reviewOn: null };

describe("boundaries", () => {
  it("a proposal is agreed only when the other partner says yes to that exact version", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db, ["Alex", "Sam"]);
    const { id } = await callerA.boundary.propose(phones);
    expect((await callerB.boundary.list())[0]).toMatchObject({ id, status: "proposed", waitingForYou: true, version: 1 });
    expect((await callerA.boundary.list())[0]).toMatchObject({ waitingForYou: false });
    // The proposer's yes is implicit: they cannot agree twice and make it agreed alone.
    await expectTRPCError(callerA.boundary.agree(await refOf(callerA, id)), "BAD_REQUEST");
    expect((await callerA.boundary.get({ boundaryId: id })).status).toBe("proposed");

    await callerB.boundary.agree(await refOf(callerA, id));
    const detail = await callerA.boundary.get({ boundaryId: id });
    expect(detail).toMatchObject({ status: "agreed", agreedVersion: 1 });
    expect(detail.versions[0]!.consents.map((c) => c.by).sort()).toEqual(["partner", "you"]);
  });

  it("propose → counter-propose → agree: versions are kept, with who and when, and a word diff", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.boundary.propose(phones);
    const seenByAlex = await refOf(callerA, id);
    await callerB.boundary.proposeChange({ ...(await refOf(callerA, id)), ...phones, description: "We keep phones away at dinner on weekdays." });
    // Alex's screen still showed version 1: agreeing to it now is refused, with the new state to look at.
    await expectTRPCError(callerA.boundary.agree(seenByAlex), "CONFLICT");
    await callerA.boundary.agree(await refOf(callerA, id));
    const detail = await callerB.boundary.get({ boundaryId: id });
    expect(detail).toMatchObject({ status: "agreed", agreedVersion: 2, version: 2 });
    expect(detail.versions.map((v) => [v.number, v.proposedBy])).toEqual([
      [1, "partner"],
      [2, "you"],
    ]);
    expect(detail.versions[1]!.diff!.filter((p) => p.change === "added").map((p) => p.text.trim())).toContain("on weekdays");
    // Version 1 was never agreed: only its proposer said yes.
    expect(detail.versions[0]!.consents).toHaveLength(1);
  });

  it("a revisit keeps the agreed version in force until a new one is agreed", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.boundary.propose(phones);
    await callerB.boundary.agree(await refOf(callerA, id));
    await callerB.boundary.requestRevisit(await refOf(callerA, id));
    expect((await callerA.boundary.list())[0]).toMatchObject({ status: "agreed", revisitRequested: true, agreedVersion: 1 });
    await callerA.boundary.proposeChange({ ...(await refOf(callerA, id)), ...phones, title: "Phones away at meals" });
    expect((await callerA.boundary.get({ boundaryId: id }))).toMatchObject({ status: "agreed", agreedVersion: 1, version: 2, revisitRequestedBy: "partner" });
    await callerB.boundary.agree(await refOf(callerA, id));
    expect((await callerA.boundary.get({ boundaryId: id }))).toMatchObject({ agreedVersion: 2, revisitRequestedBy: null });
  });

  it("retiring needs both: the proposer alone cannot retire it", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.boundary.propose(phones);
    await callerB.boundary.agree(await refOf(callerA, id));
    await callerA.boundary.proposeRetire(await refOf(callerA, id));
    await expectTRPCError(callerA.boundary.agreeToRetire(await refOf(callerA, id)), "BAD_REQUEST");
    expect((await callerB.boundary.get({ boundaryId: id })).status).toBe("agreed");
    await callerB.boundary.agreeToRetire(await refOf(callerA, id));
    expect((await callerA.boundary.get({ boundaryId: id })).status).toBe("retired");
    await expectTRPCError(callerA.boundary.proposeChange({ ...(await refOf(callerA, id)), ...phones }), "BAD_REQUEST");
  });

  it("versions are immutable: a change adds a version and never edits a past one", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.boundary.propose(phones);
    const before = await db.select().from(boundaryVersions).where(eq(boundaryVersions.boundaryId, id));
    await callerB.boundary.proposeChange({ ...(await refOf(callerA, id)), ...phones, title: "Changed" });
    const after = await db.select().from(boundaryVersions).where(eq(boundaryVersions.boundaryId, id));
    expect(after).toHaveLength(2);
    expect(after.find((v) => v.number === 1)).toEqual(before[0]);
  });

  it("both acting on the same version at once: exactly one outcome, the other gets CONFLICT", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const { id } = await callerA.boundary.propose(phones);
    const seen = await refOf(callerA, id);
    const results = await Promise.allSettled([
      callerB.boundary.agree(seen),
      callerA.boundary.proposeChange({ ...seen, ...phones, title: "Alex's new idea" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((loser.reason as { code: string }).code).toBe("CONFLICT");
    const detail = await callerA.boundary.get({ boundaryId: id });
    expect(detail.status === "agreed" ? detail.version === 1 : detail.version === 2).toBe(true);
  });

  it("bad input gets a clear error and changes nothing; other couples and outsiders see nothing", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    await expectTRPCError(callerA.boundary.propose({ ...phones, title: "  " }), "BAD_REQUEST");
    await expectTRPCError(callerA.boundary.propose({ ...phones, description: "x".repeat(2001) }), "BAD_REQUEST");
    await expectTRPCError(callerA.boundary.propose({ ...phones, category: "blame" as never }), "BAD_REQUEST");
    await expectTRPCError(callerA.boundary.propose({ ...phones, reviewOn: "2001-01-01" }), "BAD_REQUEST");
    await expectTRPCError(callerA.boundary.propose({ ...phones, reviewOn: "not a date" }), "BAD_REQUEST");
    await expectTRPCError(callerA.boundary.propose({ ...phones, status: "agreed" } as never), "BAD_REQUEST");
    expect(await countRows(boundaryVersions)).toBe(0);

    const { id } = await callerA.boundary.propose(phones);
    await expectTRPCError(callerB.boundary.comment({ boundaryId: id, body: " " }), "BAD_REQUEST");
    await callerB.boundary.comment({ boundaryId: id, body: "Can we talk about weekends?" });
    expect((await callerA.boundary.get({ boundaryId: id })).comments).toMatchObject([{ by: "partner", body: "Can we talk about weekends?" }]);

    const other = await createCouple(db, ["Kim", "Lee"]);
    await expectTRPCError(other.callerA.boundary.get({ boundaryId: id }), "NOT_FOUND");
    await expectTRPCError(other.callerA.boundary.agree(await refOf(callerA, id)), "NOT_FOUND");
    expect(await other.callerA.boundary.list()).toEqual([]);
    await expectTRPCError(anonymousCaller(db).boundary.list(), "UNAUTHORIZED");
    const loner = await createUser(db);
    await expectTRPCError((await callerFor(db, loner.id)).boundary.list(), "FORBIDDEN");
    expect((await callerA.boundary.get({ boundaryId: id })).status).toBe("proposed");
  });
});
