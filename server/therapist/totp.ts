import "server-only";
import { and, eq, isNotNull, isNull, lt, ne, or } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import type { Db, DbOrTx } from "@/db";
import { sessions, therapistProfiles, users } from "@/db/schema";
import { consume, limiters } from "@/server/auth/rate-limit";
import { AppError } from "@/server/errors";

/**
 * Two-step sign-in for therapists (TOTP, RFC 6238, through otplib): therapists hold many couples'
 * data. A code is accepted within 30 s either side of now and only once: the time step of the last
 * accepted code is stored, and a code from that step or earlier is refused (no replay).
 */

// Clock drift of up to one 30-second step either way.
const TOLERANCE_SECONDS = 30;

/** A therapist may open couples' data only with two-step sign-in on and passed in this session. */
export async function secondFactorPassed(db: DbOrTx, userId: string, sessionPassed: boolean): Promise<boolean> {
  return sessionPassed && (await totpEnabledFor(db, userId));
}

/** Whether this person must give a code after their password. */
export async function totpEnabledFor(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db.select({ on: therapistProfiles.totpEnabledAt }).from(therapistProfiles).where(eq(therapistProfiles.userId, userId));
  return Boolean(row?.on);
}

/** Starts setting up: a fresh secret (not in force until confirmed with a code), its URI and a QR image. */
export async function startTotpSetup(db: Db, userId: string) {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  const [profile] = await db.select({ on: therapistProfiles.totpEnabledAt }).from(therapistProfiles).where(eq(therapistProfiles.userId, userId));
  if (!user || !profile) throw new AppError("FORBIDDEN", "Two-step sign-in is for therapist accounts.");
  if (profile.on) throw new AppError("CONFLICT", "Two-step sign-in is already on.", { reason: "already_on" });
  const secret = generateSecret();
  await db.update(therapistProfiles).set({ totpSecret: secret, totpLastStep: null }).where(eq(therapistProfiles.userId, userId));
  const uri = generateURI({ issuer: "Twofold", label: user.email, secret });
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) };
}

/**
 * Checks a code against the stored secret and, if it is good and newer than the last one used,
 * records its time step in the same statement, so two requests with one code can't both pass.
 */
async function spendCode(db: DbOrTx, userId: string, code: string, needEnabled: boolean): Promise<boolean> {
  const [row] = await db
    .select({ secret: therapistProfiles.totpSecret, on: therapistProfiles.totpEnabledAt, lastStep: therapistProfiles.totpLastStep })
    .from(therapistProfiles)
    .where(eq(therapistProfiles.userId, userId));
  if (!row?.secret || Boolean(row.on) !== needEnabled) return false;
  const result = await verify({ secret: row.secret, token: code, epochTolerance: TOLERANCE_SECONDS, ...(row.lastStep !== null ? { afterTimeStep: row.lastStep } : {}) });
  if (!result.valid || !("timeStep" in result)) return false;
  const claimed = await db
    .update(therapistProfiles)
    .set({ totpLastStep: result.timeStep, ...(needEnabled ? {} : { totpEnabledAt: new Date() }) })
    .where(
      and(
        eq(therapistProfiles.userId, userId),
        or(isNull(therapistProfiles.totpLastStep), lt(therapistProfiles.totpLastStep, result.timeStep)),
        needEnabled ? isNotNull(therapistProfiles.totpEnabledAt) : isNull(therapistProfiles.totpEnabledAt),
      ),
    )
    .returning({ userId: therapistProfiles.userId });
  return claimed.length === 1;
}

/**
 * Turns two-step sign-in on once a code from the new secret checks out. This session has just
 * passed it; every other session ends (they never did).
 */
export async function confirmTotp(db: Db, userId: string, code: string, currentSessionToken: string): Promise<void> {
  await consume([{ limiter: limiters(db).secondFactorUser, key: userId }], (wait) => `Too many codes tried. Please wait ${wait} and try again.`);
  if (!(await spendCode(db, userId, code, false))) {
    throw new AppError("BAD_REQUEST", "That code didn't match. Check the time on your phone and try the newest code.", { field: "code" });
  }
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ secondFactorAt: new Date() }).where(eq(sessions.sessionToken, currentSessionToken));
    await tx.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.sessionToken, currentSessionToken)));
  });
}

/** The second step of signing in: true only for a fresh, correct code. */
export async function verifySignInCode(db: DbOrTx, userId: string, code: string): Promise<boolean> {
  return spendCode(db, userId, code, true);
}

/** Turning it off needs a current code (the caller also re-checks the password). */
export async function disableTotp(db: Db, userId: string, code: string): Promise<void> {
  await consume([{ limiter: limiters(db).secondFactorUser, key: userId }], (wait) => `Too many codes tried. Please wait ${wait} and try again.`);
  if (!(await spendCode(db, userId, code, true))) throw new AppError("BAD_REQUEST", "That code didn't match.", { field: "code" });
  await db.update(therapistProfiles).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(therapistProfiles.userId, userId));
}
