import "server-only";
import type { Db } from "@/db";
import { verifyCredentials, type AccountUser } from "@/server/account/service";
import { consume, limiters, refund } from "./rate-limit";

/**
 * Counts the attempt against the per-account and per-client limits, then checks the password.
 * Returns null for any wrong email/password combination: the caller must not say which part was
 * wrong. A successful sign-in gives its points back, so only failures count.
 */
export async function attemptSignIn(
  db: Db,
  attempt: { email: string; password: string; clientAddress: string },
): Promise<AccountUser | null> {
  const limit = limiters(db);
  const checks = [
    { limiter: limit.signInAccountClient, key: `${attempt.email}|${attempt.clientAddress}` },
    { limiter: limit.signInAccount, key: attempt.email },
    { limiter: limit.signInClient, key: attempt.clientAddress },
  ];
  await consume(checks, (wait) => `Too many sign-in attempts. Please wait ${wait} and try again.`);
  const user = await verifyCredentials(db, attempt.email, attempt.password);
  if (user) await refund(checks);
  return user;
}
