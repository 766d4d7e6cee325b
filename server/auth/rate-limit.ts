import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/db";
import { rateLimits } from "@/db/schema";
import { AppError } from "@/server/errors";

const MINUTE = 60;

type LimiterName = "signInAccountClient" | "signInAccount" | "signInClient" | "signUpClient" | "inviteCodeUser" | "inviteCodeClient" | "reauthUser" | "secondFactorUser";

// [points, per seconds]. Counts live in the database, so they hold across restarts and instances.
const LIMITS: Record<LimiterName, [number, number]> = {
  // ASVS 6.3.1. Failed sign-ins for one account from one client…
  signInAccountClient: [5, 15 * MINUTE],
  // …and from everywhere: looser, so that someone who knows your email cannot lock you out with a
  // handful of tries, while a distributed guess still stops soon.
  signInAccount: [20, 60 * MINUTE],
  // One client trying many accounts (credential stuffing).
  signInClient: [30, 15 * MINUTE],
  signUpClient: [20, 60 * MINUTE],
  // A short invite code must not be guessable by trying, per person or per client.
  inviteCodeUser: [10, 60 * MINUTE],
  inviteCodeClient: [30, 60 * MINUTE],
  // Re-entering the password for a sensitive change, per signed-in person. Kept apart from the
  // sign-in counts, so someone holding an unlocked phone can't lock its owner out of signing in.
  reauthUser: [5, 15 * MINUTE],
  // Codes typed while setting up or turning off two-step sign-in (sign-in codes count as sign-ins).
  secondFactorUser: [5, 15 * MINUTE],
};

const byDb = new WeakMap<Db, Record<LimiterName, RateLimiterDrizzle>>();

export function limiters(db: Db): Record<LimiterName, RateLimiterDrizzle> {
  let found = byDb.get(db);
  if (!found) {
    const made = {} as Record<LimiterName, RateLimiterDrizzle>;
    for (const [name, [points, duration]] of Object.entries(LIMITS) as Array<[LimiterName, [number, number]]>) {
      made[name] = new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix: name, points, duration, blockDuration: duration });
    }
    byDb.set(db, made);
    found = made;
  }
  return found;
}

export type LimitCheck = { limiter: RateLimiterDrizzle; key: string };

/**
 * The stored keys that name one person, exactly: those to forget when their account is deleted.
 * `startsWith` covers keys that also name a client (`email|address`). Exact keys only, so another
 * person whose email merely contains this one (b@x.com in bob@x.com) keeps their counts.
 */
export function keysNaming(db: Db, person: { email: string; userId: string }): { exact: string[]; startsWith: string[] } {
  const limit = limiters(db);
  return {
    exact: [limit.signInAccount.getKey(person.email), limit.inviteCodeUser.getKey(person.userId), limit.reauthUser.getKey(person.userId), limit.secondFactorUser.getKey(person.userId)],
    startsWith: [limit.signInAccountClient.getKey(`${person.email}|`)],
  };
}

function waitText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}

/**
 * Counts an attempt against every key before the attempt runs (an atomic increment in the
 * database), so a burst of parallel tries cannot slip past the check. Throws TOO_MANY_REQUESTS
 * when any key is used up. Pair with `refund` when the attempt turns out fine.
 */
export async function consume(checks: LimitCheck[], message: (wait: string) => string): Promise<void> {
  const results = await Promise.allSettled(checks.map(({ limiter, key }) => limiter.consume(key)));
  let waitMs = 0;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    waitMs = Math.max(waitMs, result.reason.msBeforeNext, 1);
  }
  if (waitMs > 0) throw new AppError("TOO_MANY_REQUESTS", message(waitText(waitMs)), { reason: "rate_limited" });
}

/** Gives back the point an attempt took: only failures should count. */
export async function refund(checks: LimitCheck[]): Promise<void> {
  await Promise.all(checks.map(({ limiter, key }) => limiter.reward(key, 1)));
}
