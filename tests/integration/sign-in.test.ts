import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema";
import { attemptSignIn } from "@/server/auth/sign-in";
import { AppError } from "@/server/errors";
import { createUser } from "../factories";
import { testDb } from "../support/db";

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

  it("locks an account after 5 failed attempts, even for the right password, and stores the count in the database", async () => {
    const db = await testDb();
    const user = await createUser(db, { password: "the right passphrase" });
    for (let i = 0; i < 5; i++) {
      expect(await outcome(attemptSignIn(db, { email: user.email, password: `wrong ${i}`, clientAddress: `198.51.100.${i}` }))).toBe("invalid");
    }
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: "198.51.100.99" }))).toBe("TOO_MANY_REQUESTS");
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(rateLimits);
    expect(row?.n).toBeGreaterThan(0);
  });

  it("limits an unknown email exactly like a real one, so the limit reveals nothing", async () => {
    const db = await testDb();
    for (let i = 0; i < 5; i++) await attemptSignIn(db, { email: "ghost@example.test", password: "guess", clientAddress: `192.0.2.${i}` });
    expect(await outcome(attemptSignIn(db, { email: "ghost@example.test", password: "guess", clientAddress: "192.0.2.200" }))).toBe("TOO_MANY_REQUESTS");
  });

  it("limits one client trying many accounts", async () => {
    const db = await testDb();
    const user = await createUser(db, { password: "the right passphrase" });
    for (let i = 0; i < 30; i++) {
      await attemptSignIn(db, { email: `target-${i}@example.test`, password: "guess", clientAddress: client });
    }
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: client }))).toBe("TOO_MANY_REQUESTS");
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: "203.0.113.8" }))).toBe("signed-in");
  });

  it("a successful sign-in clears the account's failure count", async () => {
    const db = await testDb();
    const user = await createUser(db, { password: "the right passphrase" });
    for (let i = 0; i < 4; i++) await attemptSignIn(db, { email: user.email, password: "wrong", clientAddress: client });
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: client }))).toBe("signed-in");
    for (let i = 0; i < 4; i++) await attemptSignIn(db, { email: user.email, password: "wrong", clientAddress: client });
    expect(await outcome(attemptSignIn(db, { email: user.email, password: "the right passphrase", clientAddress: client }))).toBe("signed-in");
  });
});
