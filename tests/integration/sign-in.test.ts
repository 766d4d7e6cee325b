import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema";
import { attemptSignIn } from "@/server/auth/sign-in";
import { AppError } from "@/server/errors";
import { anonymousCaller, createUser } from "../factories";
import { testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";

const client = "203.0.113.7";

async function outcome(promise: Promise<unknown>) {
  try {
    const user = await promise;
    return user ? "signed-in" : "invalid";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("sign-in", () => {
  it("signs in with the right password and answers the same for a wrong password and an unknown email", async () => {
    const db = await testDb();
    const user = await createUser(db, { email: "kit@example.test", password: "kit's long passphrase" });
    expect(await attemptSignIn(db, { email: user.email, password: "kit's long passphrase", clientAddress: client })).toMatchObject({ id: user.id });
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "wrong passphrase", clientAddress: client }))).toBe("invalid");
    expect(await outcome(attemptSignIn(db, { email: "nobody@example.test", password: "wrong passphrase", clientAddress: client }))).toBe("invalid");
  });

  it("stops an account on one client after 5 failures, even for the right password, counting in the database", async () => {
    const db = await testDb();
    const user = await createUser(db, { password: "the right passphrase" });
    for (let i = 0; i < 5; i++) expect(await outcome(attemptSignIn(db, { email: user.email, password: `wrong ${i}`, clientAddress: client }))).toBe("invalid");
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: client }))).toBe("TOO_MANY_REQUESTS");
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(rateLimits);
    expect(row?.n).toBeGreaterThan(0);
    // Someone who knows the email cannot lock its owner out from the owner's own phone with a few tries.
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: "198.51.100.50" }))).toBe("signed-in");
  });

  it("stops an account everywhere after 20 failures from many clients", async () => {
    const db = await testDb();
    const user = await createUser(db, { password: "the right passphrase" });
    for (let i = 0; i < 20; i++) await attemptSignIn(db, { email: user.email, password: "guess", clientAddress: `198.51.100.${i}` });
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: "192.0.2.99" }))).toBe("TOO_MANY_REQUESTS");
  });

  it("counts a parallel burst: 10 guesses at once, only 5 are checked", async () => {
    const db = await testDb();
    const user = await createUser(db, { password: "the right passphrase" });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => outcome(attemptSignIn(db, { email: user.email, password: `burst ${i}`, clientAddress: client }))),
    );
    expect(results.filter((r) => r === "invalid")).toHaveLength(5);
    expect(results.filter((r) => r === "TOO_MANY_REQUESTS")).toHaveLength(5);
  });

  it("limits an unknown email exactly like a real one, so the limit reveals nothing", async () => {
    const db = await testDb();
    for (let i = 0; i < 5; i++) await attemptSignIn(db, { email: "ghost@example.test", password: "guess", clientAddress: client });
    expect(await outcome(attemptSignIn(db, { email: "ghost@example.test", password: "guess", clientAddress: client }))).toBe("TOO_MANY_REQUESTS");
  });

  it("limits one client trying many accounts", async () => {
    const db = await testDb();
    const user = await createUser(db, { password: "the right passphrase" });
    for (let i = 0; i < 30; i++) await attemptSignIn(db, { email: `target-${i}@example.test`, password: "guess", clientAddress: client });
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: client }))).toBe("TOO_MANY_REQUESTS");
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: "203.0.113.8" }))).toBe("signed-in");
  });

  it("only failures count: a successful sign-in gives its points back", async () => {
    const db = await testDb();
    const user = await createUser(db, { password: "the right passphrase" });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) await attemptSignIn(db, { email: user.email, password: "wrong", clientAddress: `${client}-${round}` });
      expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: `${client}-${round}` }))).toBe("signed-in");
    }
    for (let i = 0; i < 10; i++) await attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: client });
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: client }))).toBe("signed-in");
  });
});

describe("sign-up", () => {
  it("limits new accounts per client", async () => {
    const db = await testDb();
    const headers = new Headers({ "x-forwarded-for": "192.0.2.44" });
    const { createCaller } = await import("@/server/trpc/routers/_app");
    const caller = createCaller({ db, viewer: null, headers });
    for (let i = 0; i < 20; i++) await caller.account.signUp({ name: "N", email: `n${i}@example.test`, password: "a calm long passphrase" });
    await expectTRPCError(caller.account.signUp({ name: "N", email: "n-extra@example.test", password: "a calm long passphrase" }), "TOO_MANY_REQUESTS");
    await anonymousCaller(db).account.signUp({ name: "Elsewhere", email: "else@example.test", password: "a calm long passphrase" });
  });
});
