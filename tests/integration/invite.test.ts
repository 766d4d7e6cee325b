import { eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { coupleInvites, coupleMembers, couples } from "@/db/schema";
import { acceptInvite } from "@/server/invite/service";
import { callerFor, createCouple, createUser } from "../factories";
import { countRows, testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";

describe("invites", () => {
  it("creates a single-use invite with a link token and a short code, storing only hashes", async () => {
    const db = await testDb();
    const alex = await createUser(db, { name: "Alex" });
    const invite = await (await callerFor(db, alex.id)).invite.create();
    expect(invite.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invite.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const days = (invite.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const rows = await db.select().from(coupleInvites);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(invite.token);
    expect(stored).not.toContain(invite.code.replace("-", ""));
  });

  it("links two people by the link: both see each other as partners, since now", async () => {
    const db = await testDb();
    const { a, b, callerA, callerB } = await createCouple(db, ["Alex", "Sam"]);
    const seenByA = await callerA.couple.get();
    const seenByB = await callerB.couple.get();
    expect(seenByA.partner).toEqual({ name: "Sam" });
    expect(seenByB.partner).toEqual({ name: "Alex" });
    expect(seenByA.id).toBe(seenByB.id);
    expect(Date.now() - seenByA.since.getTime()).toBeLessThan(60_000);
    expect(await callerA.couple.status()).toMatchObject({ linked: true, openInvite: null });
    expect(a.id).not.toBe(b.id);
  });

  it("links by the short code, typed in lower case with spaces", async () => {
    const db = await testDb();
    const alex = await createUser(db, { name: "Alex" });
    const sam = await createUser(db, { name: "Sam" });
    const { code } = await (await callerFor(db, alex.id)).invite.create();
    const typed = `  ${code.toLowerCase().replace("-", " ")} `;
    await (await callerFor(db, sam.id)).invite.accept({ code: typed });
    expect((await (await callerFor(db, sam.id)).couple.get()).partner.name).toBe("Alex");
  });

  it("shows a preview with the inviter's name only while the invite is open", async () => {
    const db = await testDb();
    const alex = await createUser(db, { name: "Alex" });
    const sam = await createUser(db, { name: "Sam" });
    const { token } = await (await callerFor(db, alex.id)).invite.create();
    const anon = (await import("../factories")).anonymousCaller(db);
    expect(await anon.invite.preview({ token })).toMatchObject({ state: "open", inviterName: "Alex" });
    await (await callerFor(db, sam.id)).invite.accept({ token });
    expect(await anon.invite.preview({ token })).toEqual({ state: "used" });
    expect(await anon.invite.preview({ token: "x".repeat(43) })).toEqual({ state: "not_found" });
  });

  describe("refuses, with a clear message next to the field, and changes nothing", () => {
    async function expectNothingChanged() {
      expect(await countRows(couples)).toBe(0);
      expect(await countRows(coupleMembers)).toBe(0);
    }

    it("an invite that was already used", async () => {
      const db = await testDb();
      const alex = await createUser(db);
      const sam = await createUser(db);
      const kim = await createUser(db);
      const { token } = await (await callerFor(db, alex.id)).invite.create();
      await (await callerFor(db, sam.id)).invite.accept({ token });
      const error = await expectTRPCError((await callerFor(db, kim.id)).invite.accept({ token }), "CONFLICT");
      expect(error.message).toMatch(/already been used/);
      expect(await countRows(couples)).toBe(1);
    });

    it("an expired invite", async () => {
      const db = await testDb();
      const alex = await createUser(db);
      const sam = await createUser(db);
      const { token } = await (await callerFor(db, alex.id)).invite.create();
      await db.update(coupleInvites).set({ expiresAt: new Date(Date.now() - 1000) });
      const error = await expectTRPCError((await callerFor(db, sam.id)).invite.accept({ token }), "BAD_REQUEST");
      expect(error.message).toMatch(/expired/);
      expect((error.cause as { field?: string }).field).toBe("token");
      await expectNothingChanged();
    });

    it("a cancelled invite, and an older invite replaced by a newer one", async () => {
      const db = await testDb();
      const alex = await createUser(db);
      const sam = await createUser(db);
      const callerA = await callerFor(db, alex.id);
      const first = await callerA.invite.create();
      const second = await callerA.invite.create();
      const samCaller = await callerFor(db, sam.id);
      expect((await expectTRPCError(samCaller.invite.accept({ token: first.token }), "BAD_REQUEST")).message).toMatch(/cancelled/);
      await callerA.invite.revoke();
      expect((await expectTRPCError(samCaller.invite.accept({ code: second.code }), "BAD_REQUEST")).message).toMatch(/cancelled/);
      await expectNothingChanged();
    });

    it("accepting your own invite", async () => {
      const db = await testDb();
      const alex = await createUser(db);
      const callerA = await callerFor(db, alex.id);
      const { token } = await callerA.invite.create();
      const error = await expectTRPCError(callerA.invite.accept({ token }), "BAD_REQUEST");
      expect(error.message).toMatch(/your own invite/);
      await expectNothingChanged();
    });

    it("accepting while already in a couple, and creating an invite while in one", async () => {
      const db = await testDb();
      const { callerA } = await createCouple(db);
      const kim = await createUser(db);
      const { token } = await (await callerFor(db, kim.id)).invite.create();
      expect((await expectTRPCError(callerA.invite.accept({ token }), "CONFLICT")).message).toMatch(/already linked/);
      await expectTRPCError(callerA.invite.create(), "CONFLICT");
      expect(await countRows(couples)).toBe(1);
    });

    it("an invite whose sender has since linked with someone else", async () => {
      const db = await testDb();
      const alex = await createUser(db);
      const sam = await createUser(db);
      const kim = await createUser(db);
      const { token } = await (await callerFor(db, alex.id)).invite.create();
      const kimsInvite = await (await callerFor(db, kim.id)).invite.create();
      await (await callerFor(db, alex.id)).invite.accept({ token: kimsInvite.token });
      // Alex's own open invite was cancelled when Alex linked with Kim.
      await expectTRPCError((await callerFor(db, sam.id)).invite.accept({ token }), "BAD_REQUEST");
      expect(await countRows(couples)).toBe(1);
    });

    it("an unknown link or code, and malformed input", async () => {
      const db = await testDb();
      const sam = await createUser(db);
      const caller = await callerFor(db, sam.id);
      await expectTRPCError(caller.invite.accept({ token: "A".repeat(43) }), "NOT_FOUND");
      const wrongCode = await expectTRPCError(caller.invite.accept({ code: "2345-6789" }), "NOT_FOUND");
      expect((wrongCode.cause as { field?: string }).field).toBe("code");
      await expectTRPCError(caller.invite.accept({ code: "short" }), "BAD_REQUEST");
      await expectTRPCError(caller.invite.accept({ token: "<script>" }), "BAD_REQUEST");
      await expectTRPCError(caller.invite.accept({ token: "A".repeat(43), code: "2345-6789" } as never), "BAD_REQUEST");
      await expectNothingChanged();
    });
  });

  it("stops guessing codes after 10 wrong tries, including tries sent all at once", async () => {
    const db = await testDb();
    const alex = await createUser(db);
    const sam = await createUser(db);
    const { code } = await (await callerFor(db, alex.id)).invite.create();
    const caller = await callerFor(db, sam.id);
    const guesses = Array.from({ length: 14 }, (_, i) => `2345-6${String(i).padStart(3, "7")}`);
    const results = await Promise.allSettled(guesses.map((guess) => caller.invite.accept({ code: guess })));
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "OK"));
    expect(codes.filter((c) => c === "NOT_FOUND")).toHaveLength(10);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(4);
    await expectTRPCError(caller.invite.accept({ code }), "TOO_MANY_REQUESTS");
  });

  it("a correct code does not use up the allowance", async () => {
    const db = await testDb();
    const kim = await createUser(db);
    const lee = await createUser(db);
    const caller = await callerFor(db, lee.id);
    for (let i = 0; i < 9; i++) await expectTRPCError(caller.invite.accept({ code: `2345-6${String(i).padStart(3, "7")}` }), "NOT_FOUND");
    const { code } = await (await callerFor(db, kim.id)).invite.create();
    await caller.invite.accept({ code });
    expect((await caller.couple.get()).partner).toBeDefined();
  });

  it("two taps on 'Create an invite' at once leave exactly one open invite", async () => {
    const db = await testDb();
    const alex = await createUser(db);
    const caller = await callerFor(db, alex.id);
    const results = await Promise.allSettled([caller.invite.create(), caller.invite.create(), caller.invite.create()]);
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
    for (const r of results) if (r.status === "rejected") expect((r.reason as { code: string }).code).toBe("CONFLICT");
    const open = (await db.select().from(coupleInvites)).filter((i) => !i.revokedAt && !i.acceptedAt);
    expect(open).toHaveLength(1);
  });

  it("two people accepting one invite at the same moment make exactly one couple", async () => {
    const db = await testDb();
    const alex = await createUser(db);
    const sam = await createUser(db);
    const kim = await createUser(db);
    const { token } = await (await callerFor(db, alex.id)).invite.create();
    const results = await Promise.allSettled([acceptInvite(db, sam.id, { token }), acceptInvite(db, kim.id, { token })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await countRows(couples)).toBe(1);
    expect(await countRows(coupleMembers)).toBe(2);
  });

  it("the database refuses a second active couple for one person", async () => {
    const db = await testDb();
    const { a } = await createCouple(db);
    const [other] = await db.insert(couples).values({}).returning({ id: couples.id });
    await expect(db.insert(coupleMembers).values({ coupleId: other!.id, userId: a.id })).rejects.toThrow();
    const active = await db.select().from(coupleMembers).where(eq(coupleMembers.userId, a.id));
    expect(active.filter((m) => m.leftAt === null)).toHaveLength(1);
    expect(await db.select().from(coupleMembers).where(isNull(coupleMembers.leftAt))).toHaveLength(2);
  });
});
