import "server-only";
import type { Db } from "@/db";
import { verifyCredentials, type AccountUser } from "@/server/account/service";
import { assertNotLimited, limiters, recordFailure } from "./rate-limit";

/**
 * Checks a sign-in attempt against the per-account and per-client limits, then the password.
 * Returns null for any wrong email/password combination: the caller must not say which part was wrong.
 */
export async function attemptSignIn(
  db: Db,
  attempt: { email: string; password: string; clientAddress: string },
): Promise<AccountUser | null> {
  const { signInAccount, signInClient } = limiters(db);
  const keys = [
    { limiter: signInAccount, key: attempt.email },
    { limiter: signInClient, key: attempt.clientAddress },
  ];
  await assertNotLimited(keys, (wait) => `Too many sign-in attempts. Please wait ${wait} and try again.`);
  const user = await verifyCredentials(db, attempt.email, attempt.password);
  if (!user) {
    await recordFailure(keys);
    return null;
  }
  await signInAccount.delete(attempt.email);
  return user;
}

/**
 * The client address for per-client limits: the last x-forwarded-for entry, which is the one added
 * by the nearest proxy. Next.js fills the header from the socket only when it is absent, so without
 * a reverse proxy a client can choose this value; the per-account limit does not depend on it.
 */
export function clientAddressFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? headers.get("x-real-ip") ?? "unknown";
}
