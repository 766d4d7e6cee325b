import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/db";
import { rateLimits } from "@/db/schema";
import { AppError } from "@/server/errors";

const FIFTEEN_MINUTES = 15 * 60;

interface Limiters {
  signInAccount: RateLimiterDrizzle;
  signInClient: RateLimiterDrizzle;
  inviteCode: RateLimiterDrizzle;
}

// Stored in the database (not in memory) so the counts hold across restarts and app instances.
const byDb = new WeakMap<Db, Limiters>();

export function limiters(db: Db): Limiters {
  let found = byDb.get(db);
  if (!found) {
    const make = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix, points, duration, blockDuration: duration });
    found = {
      // ASVS 6.3.1: failed sign-ins per account, whether or not the account exists.
      signInAccount: make("signin-account", 5, FIFTEEN_MINUTES),
      // Failed sign-ins per client address, across accounts (credential stuffing).
      signInClient: make("signin-client", 30, FIFTEEN_MINUTES),
      // Wrong invite codes per user: a short code must not be guessable by trying.
      inviteCode: make("invite-code", 10, 60 * 60),
    };
    byDb.set(db, found);
  }
  return found;
}

function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}

/** Throws TOO_MANY_REQUESTS while any of these keys is used up. */
export async function assertNotLimited(
  checks: Array<{ limiter: RateLimiterDrizzle; key: string }>,
  message: (wait: string) => string,
): Promise<void> {
  const states = await Promise.all(checks.map(({ limiter, key }) => limiter.get(key)));
  let waitMs = 0;
  states.forEach((state, index) => {
    const limiter = checks[index]!.limiter;
    if (state && state.consumedPoints >= limiter.points) waitMs = Math.max(waitMs, state.msBeforeNext);
  });
  if (waitMs > 0) throw new AppError("TOO_MANY_REQUESTS", message(minutesText(waitMs)), { reason: "rate_limited" });
}

/** Count one failure against each key. Going over the limit is expected here, not an error. */
export async function recordFailure(checks: Array<{ limiter: RateLimiterDrizzle; key: string }>): Promise<void> {
  await Promise.all(
    checks.map(({ limiter, key }) =>
      limiter.consume(key).catch((rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
      }),
    ),
  );
}
