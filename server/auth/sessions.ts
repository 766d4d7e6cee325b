import "server-only";
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import type { Db, DbOrTx } from "@/db";
import { prepared } from "@/db/prepared";
import { userChannel } from "@/server/realtime/events";
import { sessions, users } from "@/db/schema";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export interface Viewer {
  user: { id: string; name: string; email: string; role: "partner" | "therapist" };
  sessionToken: string;
  /** The person's current realtime channel epoch (see users.realtimeEpoch). */
  realtimeEpoch: number;
  /** Whether this session passed two-step sign-in. */
  secondFactor: boolean;
}

/** A new server-side session row for a fresh sign-in (a new token every time: ASVS 7.2.4). */
export async function createSession(db: DbOrTx, userId: string, options: { secondFactor?: boolean } = {}): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    sessionToken,
    userId,
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    secondFactorAt: options.secondFactor ? new Date() : null,
  });
  return sessionToken;
}

/** The signed-in person for a session token, or null when the session was ended or has expired. */
export async function resolveSession(db: DbOrTx, sessionToken: string | null | undefined): Promise<Viewer | null> {
  if (!sessionToken) return null;
  const [row] = await prepared(db, "resolve_session", (handle) =>
    handle
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, realtimeEpoch: users.realtimeEpoch, secondFactorAt: sessions.secondFactorAt })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.sessionToken, sql.placeholder("token")), gt(sessions.expires, sql`now()`)))
      .limit(1)
      .prepare("resolve_session"),
  ).execute({ token: sessionToken });
  if (!row) return null;
  const { realtimeEpoch, secondFactorAt, ...user } = row;
  return { user, sessionToken, realtimeEpoch, secondFactor: secondFactorAt !== null };
}

export async function endSession(db: DbOrTx, sessionToken: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
}

/**
 * Sign out of every device: every session of this user ends on its next request, and their
 * realtime channel moves to a new name, so sockets left open on other devices hear nothing more.
 */
export async function endAllSessions(db: Db, userId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ token: sessions.sessionToken });
    await tx.update(users).set({ realtimeEpoch: sql`${users.realtimeEpoch} + 1` }).where(eq(users.id, userId));
    return ended.length;
  });
}

/** The current realtime channel of each of these people. */
export async function userChannelsOf(db: DbOrTx, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db.select({ id: users.id, epoch: users.realtimeEpoch }).from(users).where(inArray(users.id, userIds));
  return rows.map((row) => userChannel(row.id, row.epoch));
}
