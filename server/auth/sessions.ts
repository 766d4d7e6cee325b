import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import type { DbOrTx } from "@/db";
import { sessions, users } from "@/db/schema";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export interface Viewer {
  user: { id: string; name: string; email: string };
  sessionToken: string;
}

/** A new server-side session row for a fresh sign-in (a new token every time: ASVS 7.2.4). */
export async function createSession(db: DbOrTx, userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    sessionToken,
    userId,
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
  return sessionToken;
}

/** The signed-in person for a session token, or null when the session was ended or has expired. */
export async function resolveSession(db: DbOrTx, sessionToken: string | null | undefined): Promise<Viewer | null> {
  if (!sessionToken) return null;
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.sessionToken, sessionToken), gt(sessions.expires, new Date())))
    .limit(1);
  return row ? { user: row, sessionToken } : null;
}

export async function endSession(db: DbOrTx, sessionToken: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
}

/** Sign out of every device: every session of this user ends on its next request. */
export async function endAllSessions(db: DbOrTx, userId: string): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ token: sessions.sessionToken });
  return ended.length;
}
