import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sessions } from "@/db/schema";
import { createSession, resolveSession } from "@/server/auth/sessions";
import { callerForSession, createUser } from "../factories";
import { testDb } from "../support/db";
import { expectTRPCError } from "../support/errors";

describe("server-side sessions", () => {
  it("a new sign-in gets a new session token", async () => {
    const db = await testDb();
    const user = await createUser(db);
    const first = await createSession(db, user.id);
    const second = await createSession(db, user.id);
    expect(first).not.toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(43);
  });

  it("a session row past its expiry signs nobody in, whatever the cookie says", async () => {
    const db = await testDb();
    const user = await createUser(db);
    const token = await createSession(db, user.id);
    expect((await resolveSession(db, token))?.user.id).toBe(user.id);
    await db.update(sessions).set({ expires: sql`now() - interval '1 minute'` }).where(eq(sessions.sessionToken, token));
    expect(await resolveSession(db, token)).toBeNull();
    await db.update(sessions).set({ expires: sql`now() + interval '1 minute'` }).where(eq(sessions.sessionToken, token));
    expect((await resolveSession(db, token))?.user.id).toBe(user.id);
  });

  it("sign out of every device ends every session of that person, and only theirs", async () => {
    const db = await testDb();
    const user = await createUser(db);
    const other = await createUser(db);
    const phone = await createSession(db, user.id);
    const laptop = await createSession(db, user.id);
    const otherSession = await createSession(db, other.id);

    expect((await (await callerForSession(db, laptop)).account.me()).id).toBe(user.id);
    const { ended } = await (await callerForSession(db, phone)).account.signOutEverywhere();
    expect(ended).toBe(2);

    // Each request resolves its session again: both devices are now signed out.
    await expectTRPCError((await callerForSession(db, phone)).account.me(), "UNAUTHORIZED");
    await expectTRPCError((await callerForSession(db, laptop)).account.me(), "UNAUTHORIZED");
    expect(await resolveSession(db, otherSession)).not.toBeNull();
  });

  it("an unknown or empty token is no session", async () => {
    const db = await testDb();
    expect(await resolveSession(db, "made-up-token")).toBeNull();
    expect(await resolveSession(db, null)).toBeNull();
  });
});
