import type { Db } from "@/db";
import { createAccount } from "@/server/account/service";
import { createSession, resolveSession } from "@/server/auth/sessions";
import { acceptInvite, createInvite } from "@/server/invite/service";
import { createCaller } from "@/server/trpc/routers/_app";

let counter = 0;

export function uniqueEmail(prefix = "person") {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.test`;
}

export async function createUser(db: Db, overrides: { name?: string; email?: string; password?: string } = {}) {
  const password = overrides.password ?? "a calm long passphrase";
  const user = await createAccount(db, {
    name: overrides.name ?? "Test Person",
    email: overrides.email ?? uniqueEmail(),
    password,
  });
  return { ...user, password };
}

/** A tRPC caller for this user through a real session row, exactly as a signed-in request. */
export async function callerFor(db: Db, userId: string) {
  const sessionToken = await createSession(db, userId);
  return callerForSession(db, sessionToken);
}

export async function callerForSession(db: Db, sessionToken: string | null) {
  const viewer = await resolveSession(db, sessionToken);
  return createCaller({ db, viewer, headers: new Headers() });
}

export const anonymousCaller = (db: Db) => createCaller({ db, viewer: null, headers: new Headers() });

/** Two people linked through a real invite. */
export async function createCouple(db: Db, names: [string, string] = ["Alex", "Sam"]) {
  const a = await createUser(db, { name: names[0] });
  const b = await createUser(db, { name: names[1] });
  const invite = await createInvite(db, a.id);
  await acceptInvite(db, b.id, { token: invite.token });
  return { a, b, callerA: await callerFor(db, a.id), callerB: await callerFor(db, b.id) };
}

/**
 * A therapist account (through the real sign-up service) with a signed-in caller. By default two-step
 * sign-in is turned on through the real service, in that caller's session, as a therapist must.
 */
export async function createTherapist(db: Db, overrides: { name?: string; practice?: string; twoStep?: boolean } = {}) {
  const { createTherapistAccount } = await import("@/server/therapist/account");
  const { confirmTotp, startTotpSetup } = await import("@/server/therapist/totp");
  const { generate } = await import("otplib");
  const password = "a careful long passphrase";
  const user = await createTherapistAccount(db, { name: overrides.name ?? "Dr. Rivera", email: uniqueEmail("therapist"), password, practice: overrides.practice ?? "Rivera Couples Practice", credentials: "LMFT (self-reported)" });
  const sessionToken = await createSession(db, user.id);
  let secret: string | null = null;
  if (overrides.twoStep !== false) {
    secret = (await startTotpSetup(db, user.id)).secret;
    await confirmTotp(db, user.id, await generate({ secret }), sessionToken);
  }
  return { ...user, password, secret, sessionToken, caller: await callerForSession(db, sessionToken) };
}


/**
 * A couple working with a therapist: invited by the first partner, accepted by the therapist, and
 * (unless `consent` is null) consented by both with these scopes and history.
 */
export async function createCoupleWithTherapist(
  db: Db,
  consent: { a: { scopes: Array<"answers" | "boundaries" | "commitments" | "moods">; history: "all" | "from-now" }; b: { scopes: Array<"answers" | "boundaries" | "commitments" | "moods">; history: "all" | "from-now" } } | null = {
    a: { scopes: ["answers", "boundaries", "commitments", "moods"], history: "all" },
    b: { scopes: ["answers", "boundaries", "commitments", "moods"], history: "all" },
  },
) {
  const couple = await createCouple(db);
  const therapist = await createTherapist(db);
  const invite = await couple.callerA.care.invite();
  const { linkId } = await therapist.caller.therapist.accept({ token: invite.token });
  if (consent) {
    await couple.callerA.care.consent({ linkId, ...consent.a });
    await couple.callerB.care.consent({ linkId, ...consent.b });
  }
  return { ...couple, therapist, linkId };
}
