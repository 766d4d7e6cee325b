import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createSession, resolveSession } from "@/server/auth/sessions";
import { REALTIME_EVENT_NAME, coupleChannel } from "@/server/realtime/events";
import { moodCheckIns } from "@/db/schema";
import { addDays } from "@/server/commitments/periods";
import { anonymousCaller, callerFor, createCouple, createUser } from "../factories";
import { rowsMentioning, rowsOf, testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";
import { collect, hangUpPhones, phoneOf, settle, subscribe, until } from "../support/realtime";

const zone = "America/Chicago";
afterEach(hangUpPhones);


describe("the private space: daily check-ins", () => {
  it("are private by default: the partner sees nothing through any procedure or realtime event until one is shared", async () => {
    const db = await testDb();
    const { b, callerA, callerB } = await createCouple(db);
    const { id: coupleId } = await callerA.couple.get();
    const samsPhone = await phoneOf(db, b.id);
    expect(await subscribe(samsPhone, coupleChannel(coupleId))).toEqual({ ok: true });
    const heard = collect<Record<string, unknown>>(samsPhone, coupleChannel(coupleId), REALTIME_EVENT_NAME);

    const marker = "PRIVATE-MOOD-5d1";
    const { id } = await callerA.wellbeing.save({ mood: 2, feelings: ["hurt", "tired"], note: `A hard day ${marker}`, timeZone: zone });
    await settle(400);
    expect(heard).toEqual([]);
    expect(await callerB.wellbeing.shared()).toEqual([]);
    const samCanRead = [await callerB.wellbeing.mine(), await callerB.account.export(), await callerB.agreements.timeline({ areas: ["boundaries", "commitments", "check-ins"], person: "anyone", limit: 50 })];
    expect(JSON.stringify(samCanRead)).not.toContain(marker);
    await expectTRPCError(callerB.wellbeing.share({ id }), "NOT_FOUND");
    await expectTRPCError(callerB.wellbeing.unshare({ id }), "NOT_FOUND");

    // Alex shares it: Sam hears a kind and an id only, then reads it through tRPC.
    await callerA.wellbeing.share({ id });
    await until(() => heard.length === 1, 5_000, "the share event");
    expect(heard[0]).toEqual({ kind: "mood", id });
    expect(await callerB.wellbeing.shared()).toEqual([expect.objectContaining({ id, by: "partner", mood: 2, feelings: ["hurt", "tired"], note: `A hard day ${marker}` })]);
    // And private again, alone, any time.
    await callerA.wellbeing.unshare({ id });
    expect(await callerB.wellbeing.shared()).toEqual([]);
    expect((await callerA.wellbeing.mine())[0]).toMatchObject({ id, shared: false, note: `A hard day ${marker}` });
  });

  it("one entry a day in the writer's zone; a heavy note stays the writer's even on a shared entry; bad input changes nothing", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const first = await callerA.wellbeing.save({ mood: 3, feelings: [], timeZone: zone });
    const again = await callerA.wellbeing.save({ mood: 4, feelings: ["hopeful"], timeZone: zone });
    expect(again.id).toBe(first.id);
    await callerA.wellbeing.share({ id: first.id });
    const saved = await callerA.wellbeing.save({ mood: 1, feelings: ["numb"], note: "I don't want to be here anymore HEAVY-7a0", timeZone: zone });
    expect(saved.supportive).toBe(true);
    expect(await callerB.wellbeing.shared()).toEqual([expect.objectContaining({ mood: 1, note: null })]);
    await callerA.safety.release({ kind: "mood", moodId: first.id, choice: "share" });
    expect((await callerB.wellbeing.shared())[0]!.note).toContain("HEAVY-7a0");

    const before = JSON.stringify(await callerA.wellbeing.mine());
    for (const bad of [
      { mood: 0, feelings: [], timeZone: zone },
      { mood: 6, feelings: [], timeZone: zone },
      { mood: 3, feelings: ["ecstatic"], timeZone: zone },
      { mood: 3, feelings: ["sad", "sad"], timeZone: zone },
      { mood: 3, feelings: [], note: "x".repeat(1001), timeZone: zone },
      { mood: 3, feelings: [], timeZone: "Mars/Olympus" },
      { mood: 3, feelings: [], timeZone: zone, userId: "someone-else" },
    ]) {
      await expectTRPCError(callerA.wellbeing.save(bad as never), "BAD_REQUEST");
    }
    expect(JSON.stringify(await callerA.wellbeing.mine())).toBe(before);
    await expectTRPCError(anonymousCaller(db).wellbeing.mine(), "UNAUTHORIZED");
  });

  it("works without a partner; sharing needs a couple", async () => {
    const db = await testDb();
    const solo = await createUser(db);
    const caller = await callerFor(db, solo.id);
    const { id } = await caller.wellbeing.save({ mood: 3, feelings: ["calm"], timeZone: zone });
    expect(await caller.wellbeing.mine()).toHaveLength(1);
    await expectTRPCError(caller.wellbeing.share({ id }), "FORBIDDEN");
    // A heavy note is held and released without a couple too.
    const heavy = await caller.wellbeing.save({ mood: 1, feelings: ["sad"], note: "I can't go on", timeZone: zone });
    expect(heavy.supportive).toBe(true);
    await caller.safety.release({ kind: "mood", moodId: heavy.id, choice: "keep-private" });
    expect((await caller.wellbeing.mine())[0]).toMatchObject({ noteHold: "private" });
    // Other held words belong to a couple: without one there is nothing of yours to release.
    await expectTRPCError(caller.safety.release({ kind: "comment", commentId: heavy.id, choice: "share" }), "NOT_FOUND");
  });
});

describe("the private safety check", () => {
  it("answers the person alone and stores nothing anywhere", async () => {
    const db = await testDb();
    const { callerA } = await createCouple(db);
    const tables = async () => {
      const names = rowsOf<{ table_name: string }>(await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public'`)).map((r) => r.table_name);
      const sizes: Record<string, number> = {};
      for (const name of names) {
        sizes[name] = rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from "${name}"`)))[0]?.n ?? 0;
      }
      return sizes;
    };
    const before = await tables();
    expect(await callerA.safety.check({ feelSafe: "no", harmed: "sometimes", controlled: "yes", afraidIfKnew: "yes" })).toEqual({ result: "danger" });
    expect(await callerA.safety.check({ feelSafe: "not-sure", harmed: "no", controlled: "no", afraidIfKnew: "no" })).toEqual({ result: "unsure" });
    expect(await callerA.safety.check({ feelSafe: "yes", harmed: "no", controlled: "no", afraidIfKnew: "no" })).toEqual({ result: "ok" });
    expect(await tables()).toEqual(before);
    await expectTRPCError(callerA.safety.check({ feelSafe: "maybe" } as never), "BAD_REQUEST");
  });
});

describe("data rights", () => {
  it("export holds my data and our shared items, never my partner's private entries or held words", async () => {
    const db = await testDb();
    const { callerA, callerB } = await createCouple(db);
    const partnersPrivate = "PARTNER-PRIVATE-c93";
    await callerB.wellbeing.save({ mood: 2, feelings: ["sad"], note: partnersPrivate, timeZone: zone });
    const { id: boundaryId } = await callerB.boundary.propose({ title: "Shared boundary", description: "Shared words.", category: "other", reviewOn: null });
    await callerB.boundary.comment({ boundaryId, body: `I can't go on ${partnersPrivate}` }); // held
    const mine = "MY-OWN-NOTE-2b7";
    await callerA.wellbeing.save({ mood: 4, feelings: ["hopeful"], note: mine, timeZone: zone });

    const exported = await callerA.account.export();
    const text = JSON.stringify(exported);
    expect(text).toContain(mine);
    expect(text).toContain("Shared boundary");
    expect(text).not.toContain(partnersPrivate);
    expect(exported.format).toBe("twofold-export/1");
  });

  it("export is whole: every check-in (no page limit) and what I wrote in a couple that has ended, never the former partner's words", async () => {
    const db = await testDb();
    const { a, callerA, callerB } = await createCouple(db);
    await db.insert(moodCheckIns).values(Array.from({ length: 75 }, (_, i) => ({ userId: a.id, day: addDays("2026-01-01", i), mood: 3, feelings: ["calm" as const], timeZone: zone })));
    const { id: commitmentId } = await callerA.commitment.create({ what: "PAST-COMMITMENT-4e1", question: "Kept?", cadence: { kind: "daily" }, startOn: "2026-01-01", endOn: null, timeZone: zone });
    await callerA.commitment.checkIn({ commitmentId, period: "2026-01-02", outcome: "kept", note: "PAST-CHECKIN-88a" });
    const { id: boundaryId } = await callerB.boundary.propose({ title: "FORMER-PARTNER-TITLE-b2c", description: "Their words.", category: "other", reviewOn: null });
    await callerA.boundary.comment({ boundaryId, body: "PAST-COMMENT-5f0" });
    await callerB.boundary.comment({ boundaryId, body: "FORMER-PARTNER-COMMENT-9d3" });
    await callerB.couple.leave();

    const exported = await callerA.account.export();
    expect(exported.shared).toBeNull();
    expect(exported.myCheckIns as unknown[]).toHaveLength(75);
    const text = JSON.stringify(exported.pastCouples);
    for (const mine of ["PAST-COMMITMENT-4e1", "PAST-CHECKIN-88a", "PAST-COMMENT-5f0"]) expect(text).toContain(mine);
    for (const theirs of ["FORMER-PARTNER-TITLE-b2c", "FORMER-PARTNER-COMMENT-9d3"]) expect(text).not.toContain(theirs);
  });

  it("changing email or password needs the current password; a new password ends other sessions", async () => {
    const db = await testDb();
    const { a, callerA } = await createCouple(db);
    const otherDevice = await createSession(db, a.id);
    await expectTRPCError(callerA.account.changePassword({ current: "wrong password", next: "a brand new passphrase" }), "BAD_REQUEST");
    await expectTRPCError(callerA.account.changeEmail({ password: "wrong password", email: "new@example.test" }), "BAD_REQUEST");
    await callerA.account.changePassword({ current: a.password, next: "a brand new passphrase" });
    // Every request resolves its session afresh: the other device's is gone.
    expect(await resolveSession(db, otherDevice)).toBeNull();
    expect((await callerA.account.me()).id).toBe(a.id);
    await callerA.account.changeEmail({ password: "a brand new passphrase", email: `changed-${a.email}` });
    expect((await (await callerFor(db, a.id)).account.me()).email).toBe(`changed-${a.email}`);
  });

  it("deleting an account leaves no row keyed to that person in any table; the partner's own content survives", async () => {
    const db = await testDb();
    const { a, callerA, callerB } = await createCouple(db);
    const alexSession = await createSession(db, a.id);
    // Alex leaves traces everywhere: a check-in, a commitment with check-ins, a boundary and comments, a failed sign-in count.
    await callerA.wellbeing.save({ mood: 3, feelings: ["calm"], note: "alex private", timeZone: zone });
    const { id: commitmentId } = await callerA.commitment.create({ what: "Alex's promise", question: "Kept?", cadence: { kind: "daily" }, startOn: "2026-01-01", endOn: null, timeZone: zone });
    await callerA.commitment.checkIn({ commitmentId, period: "2026-01-02", outcome: "kept" });
    const { id: boundaryId } = await callerA.boundary.propose({ title: "Alex proposed", description: "Words.", category: "other", reviewOn: null });
    await callerA.boundary.comment({ boundaryId, body: "Alex's comment" });
    await callerB.boundary.comment({ boundaryId, body: "Sam's own comment" });
    const { id: samsCommitment } = await callerB.commitment.create({ what: "Sam's promise", question: "Kept?", cadence: { kind: "daily" }, startOn: "2026-01-01", endOn: null, timeZone: zone });
    await callerB.commitment.acknowledge({ commitmentId, response: "thank-you" });
    await callerA.commitment.acknowledge({ commitmentId: samsCommitment, response: "seen" });
    const { attemptSignIn } = await import("@/server/auth/sign-in");
    await attemptSignIn(db, { email: a.email, password: "not it at all", clientAddress: "203.0.113.9" });
    expect(await rowsMentioning(db, a.id)).not.toEqual([]);

    await expectTRPCError(callerA.account.delete({ password: "not my password" }), "BAD_REQUEST");
    await callerA.account.delete({ password: a.password });

    expect(await rowsMentioning(db, a.id)).toEqual([]);
    expect(await rowsMentioning(db, a.email)).toEqual([]);
    expect(await rowsMentioning(db, "alex private")).toEqual([]);
    expect(await rowsMentioning(db, "Alex's comment")).toEqual([]);
    expect(await resolveSession(db, alexSession)).toBeNull();
    // Sam: the couple ended (neutral notice), Sam's own content is still Sam's.
    const status = await callerB.couple.status();
    expect(status).toMatchObject({ linked: false, endedNotice: { endedAt: expect.any(Date) } });
    expect(await rowsMentioning(db, "Sam's own comment")).toEqual(["boundary_comments.body"]);
    expect(await rowsMentioning(db, "Sam's promise")).toEqual(["commitments.what"]);
  });

  it("deleting an account forgets exactly its own sign-in counts: a longer email that contains it keeps its lockout", async () => {
    const db = await testDb();
    const tag = Date.now().toString(36);
    const short = await createUser(db, { email: `b${tag}@x.test` });
    const longer = await createUser(db, { email: `bob${tag}@x.test` });
    const { attemptSignIn } = await import("@/server/auth/sign-in");
    for (const email of [short.email, longer.email]) await attemptSignIn(db, { email, password: "not it at all", clientAddress: "203.0.113.20" });
    expect(await rowsMentioning(db, longer.email)).toContain("rate_limits.key");
    await (await callerFor(db, short.id)).account.delete({ password: short.password });
    const keysOf = async (email: string) =>
      rowsOf<{ key: string }>(await db.execute(sql`select key from rate_limits where key = ${`signInAccount:${email}`} or starts_with(key, ${`signInAccountClient:${email}|`})`)).map((r) => r.key);
    expect(await keysOf(short.email)).toEqual([]);
    expect(rowsOf<{ key: string }>(await db.execute(sql`select key from rate_limits where strpos(key, ${longer.email}) > 0`)).map((r) => r.key).sort()).toEqual(
      [`signInAccount:${longer.email}`, `signInAccountClient:${longer.email}|203.0.113.20`].sort(),
    );
  });

  it("re-entering the password has its own limit: guessing it on a borrowed phone can't lock the owner out of signing in", async () => {
    const db = await testDb();
    const { a, callerA } = await createCouple(db);
    for (let i = 0; i < 5; i += 1) await expectTRPCError(callerA.account.changeEmail({ password: `wrong ${i}`, email: `x-${a.email}` }), "BAD_REQUEST");
    await expectTRPCError(callerA.account.changeEmail({ password: a.password, email: `x-${a.email}` }), "TOO_MANY_REQUESTS");
    await expectTRPCError(callerA.account.delete({ password: a.password }), "TOO_MANY_REQUESTS");
    const { attemptSignIn } = await import("@/server/auth/sign-in");
    expect(await attemptSignIn(db, { email: a.email, password: a.password, clientAddress: "203.0.113.21" })).toMatchObject({ id: a.id });
  });
});
