import "server-only";
import type { Db } from "@/db";
import { verifyCredentials, type AccountUser } from "@/server/account/service";
import { AppError } from "@/server/errors";
import { totpEnabledFor, verifySignInCode } from "@/server/therapist/totp";
import { consume, limiters, refund } from "./rate-limit";

/**
 * Counts the attempt against the per-account and per-client limits, then checks the password (and
 * the second-step code when the account has one).
 * Returns null for any wrong email/password combination: the caller must not say which part was
 * wrong. A successful sign-in gives its points back, so only failures count.
 */
export async function attemptSignIn(
  db: Db,
  attempt: { email: string; password: string; clientAddress: string; code?: string },
): Promise<(AccountUser & { secondFactor: boolean }) | null> {
  const limit = limiters(db);
  const checks = [
    { limiter: limit.signInAccountClient, key: `${attempt.email}|${attempt.clientAddress}` },
    { limiter: limit.signInAccount, key: attempt.email },
    { limiter: limit.signInClient, key: attempt.clientAddress },
  ];
  await consume(checks, (wait) => `Too many sign-in attempts. Please wait ${wait} and try again.`);
  const user = await verifyCredentials(db, attempt.email, attempt.password);
  if (!user) return null;
  // Two-step sign-in: the right password alone is not enough. A wrong code counts as a failure.
  const twoStep = await totpEnabledFor(db, user.id);
  if (twoStep) {
    if (!attempt.code) {
      await refund(checks);
      throw new AppError("UNAUTHORIZED", "Enter the 6-digit code from your authenticator app.", { field: "code", reason: "code_required" });
    }
    if (!(await verifySignInCode(db, user.id, attempt.code))) {
      throw new AppError("UNAUTHORIZED", "That code didn't match. Try the newest code from your app.", { field: "code", reason: "code_invalid" });
    }
  }
  await refund(checks);
  return { ...user, secondFactor: twoStep };
}
