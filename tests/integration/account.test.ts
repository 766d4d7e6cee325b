import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { PASSWORD_MAX_LENGTH } from "@/server/account/fields";
import { anonymousCaller, callerFor, createUser } from "../factories";
import { countRows, testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";

describe("account.signUp", () => {
  it("creates an account with an argon2id hash and a normalised email", async () => {
    const db = await testDb();
    const result = await anonymousCaller(db).account.signUp({ name: "  Robin ", email: " Robin@Example.TEST ", password: "a calm long passphrase" });
    const row = await db.query.users.findFirst({ where: eq(users.id, result.id) });
    expect(row?.name).toBe("Robin");
    expect(row?.email).toBe("robin@example.test");
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row?.passwordHash).not.toContain("a calm long passphrase");
  });

  it("refuses a duplicate email in any letter case, next to the email field, and adds nothing", async () => {
    const db = await testDb();
    await createUser(db, { email: "dup@example.test" });
    const before = await countRows(users);
    const error = await expectTRPCError(
      anonymousCaller(db).account.signUp({ name: "Other", email: "DUP@example.test", password: "another long passphrase" }),
      "CONFLICT",
    );
    expect(error.message).toMatch(/already exists/);
    expect(await countRows(users)).toBe(before);
  });

  it.each([
    ["a short password", { name: "A", email: "a@example.test", password: "short" }, "password"],
    ["a password over the limit", { name: "A", email: "a@example.test", password: "x".repeat(PASSWORD_MAX_LENGTH + 1) }, "password"],
    ["a very common password", { name: "A", email: "a@example.test", password: "password123" }, "password"],
    ["a malformed email", { name: "A", email: "not-an-email", password: "a calm long passphrase" }, "email"],
    ["an empty name", { name: "   ", email: "a@example.test", password: "a calm long passphrase" }, "name"],
  ])("refuses %s with a field message and changes nothing", async (_label, input, field) => {
    const db = await testDb();
    const error = await expectTRPCError(anonymousCaller(db).account.signUp(input), "BAD_REQUEST");
    expect(error.cause).toBeDefined();
    const flattened = (error.cause as unknown as { issues: Array<{ path: PropertyKey[] }> }).issues.map((issue) => issue.path[0]);
    expect(flattened).toContain(field);
    expect(await countRows(users)).toBe(0);
  });

  it("accepts a 128-character password and no composition rules", async () => {
    const db = await testDb();
    await anonymousCaller(db).account.signUp({ name: "A", email: "long@example.test", password: "y".repeat(PASSWORD_MAX_LENGTH) });
    await anonymousCaller(db).account.signUp({ name: "B", email: "plain@example.test", password: "alllowercaseletters" });
    expect(await countRows(users)).toBe(2);
  });

  it("rejects extra keys (no mass assignment)", async () => {
    const db = await testDb();
    const input = { name: "A", email: "extra@example.test", password: "a calm long passphrase", id: "chosen-id" };
    await expectTRPCError(anonymousCaller(db).account.signUp(input as never), "BAD_REQUEST");
    expect(await countRows(users)).toBe(0);
  });
});

describe("account.me", () => {
  it("needs a session", async () => {
    const db = await testDb();
    await expectTRPCError(anonymousCaller(db).account.me(), "UNAUTHORIZED");
    const user = await createUser(db, { name: "Kim" });
    const me = await (await callerFor(db, user.id)).account.me();
    expect(me).toEqual({ id: user.id, name: "Kim", email: user.email });
  });
});
