import "server-only";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { boundaryComments, coupleMembers, rateLimits, sessions, therapistLinks, users } from "@/db/schema";
import { keysNaming, limiters, consume, refund } from "@/server/auth/rate-limit";
import { leaveCouple } from "@/server/couple/service";
import type { CoupleId } from "@/server/couple/ids";
import { AppError, isUniqueViolation } from "@/server/errors";
import { hashPassword, verifyPassword } from "./password";

/**
 * Re-authentication for sensitive changes (ASVS 7.5.1): the current password, counted per person
 * (a limit of its own, apart from sign-in's), so a borrowed unlocked phone can't guess it.
 */
export async function reauthenticate(db: Db, userId: string, password: string) {
  const [user] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user?.passwordHash) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  const checks = [{ limiter: limiters(db).reauthUser, key: userId }];
  await consume(checks, (wait) => `Too many tries. Please wait ${wait} and try again.`);
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("BAD_REQUEST", "That password isn't right.", { field: "password" });
  }
  await refund(checks);
  return user;
}

/** A new password: the old one first; every other session ends (this one stays). */
export async function changePassword(db: Db, userId: string, currentSessionToken: string, current: string, next: string) {
  await reauthenticate(db, userId, current);
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, realtimeEpoch: sql`${users.realtimeEpoch} + 1` }).where(eq(users.id, userId));
    await tx.delete(sessions).where(and(eq(sessions.userId, userId), sql`${sessions.sessionToken} <> ${currentSessionToken}`));
  });
}

/** A new sign-in email, after the password. */
export async function changeEmail(db: Db, userId: string, password: string, email: string) {
  await reauthenticate(db, userId, password);
  try {
    await db.update(users).set({ email }).where(eq(users.id, userId));
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "That email is already used by another account.", { field: "email" });
    throw error;
  }
}

/**
 * Deletes the account for good, after the password. In one transaction: the shared space ends
 * (the partner sees the same neutral notice as after a leave), the person's own words in shared
 * threads go, rate-limit counters naming them go, and the user row goes — which takes their
 * sessions, private check-ins, commitments, answers and reflections with it (foreign keys cascade).
 * Shared agreements (boundary versions) stay for the partner, with no author.
 */
export async function deleteAccount(db: Db, userId: string, password: string): Promise<{ endedCoupleId: CoupleId | null; endedLinks: Array<{ id: string; therapistId: string }>; servedCouples: string[] }> {
  const { email } = await reauthenticate(db, userId, password);
  return db.transaction(async (tx) => {
    const [membership] = await tx
      .select({ coupleId: coupleMembers.coupleId })
      .from(coupleMembers)
      .where(and(eq(coupleMembers.userId, userId), isNull(coupleMembers.leftAt)));
    const endedCoupleId = (membership?.coupleId as CoupleId | undefined) ?? null;
    const endedLinks = endedCoupleId ? (await leaveCouple(tx as unknown as Db, endedCoupleId, userId)).endedLinks : [];
    // A therapist leaving Twofold: their couples' pages should hear that this access is gone.
    const servedCouples = (await tx.select({ coupleId: therapistLinks.coupleId }).from(therapistLinks).where(and(eq(therapistLinks.therapistId, userId), isNull(therapistLinks.endedAt)))).map((r) => r.coupleId);
    await tx.delete(boundaryComments).where(eq(boundaryComments.authorId, userId));
    const keys = keysNaming(db, { email, userId });
    await tx
      .delete(rateLimits)
      .where(or(inArray(rateLimits.key, keys.exact), ...keys.startsWith.map((prefix) => sql`starts_with(${rateLimits.key}, ${prefix})`)));
    await tx.delete(users).where(eq(users.id, userId));
    return { endedCoupleId, endedLinks, servedCouples };
  });
}
