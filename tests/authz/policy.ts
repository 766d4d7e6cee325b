import type { TRPCError } from "@trpc/server";
import { addDays } from "@/server/commitments/periods";
import { uniqueEmail } from "../factories";
import { today, ZONE, type Actor, type World } from "./world";

/**
 * The authorization policy, machine-readable: for every tRPC procedure, the input it is called with
 * and the outcome expected for each actor — "ok", or the tRPC error code. The matrix test fails on a
 * procedure missing from here (or listed here but gone from the router).
 *
 * Inputs name the couple's own records (Alex's unless noted), so "self" and "partner" differ where
 * a record belongs to one person. `prepare` runs before an allowed call on its own fresh world;
 * `harmless` allowed calls run together on the shared world instead (they touch nothing the other
 * cells read).
 */
export type Outcome = "ok" | TRPCError["code"];
export interface ProcedurePolicy {
  input?: (w: World, actor: Actor) => unknown;
  expect: Record<Actor, Outcome>;
  prepare?: (w: World) => Promise<unknown>;
  harmless?: boolean;
}

const U = "UNAUTHORIZED";
const F = "FORBIDDEN";
const N = "NOT_FOUND";
const C = "CONFLICT";
const B = "BAD_REQUEST";

type Row = [anonymous: Outcome, self: Outcome, partner: Outcome, exPartner: Outcome, otherCouple: Outcome, therapistWith: Outcome, therapistWithout: Outcome];
const row = (...o: Row): Record<Actor, Outcome> => ({ anonymous: o[0], self: o[1], partner: o[2], exPartner: o[3], otherCouple: o[4], therapistWith: o[5], therapistWithout: o[6] });

/** Anyone, signed in or not. */
const PUBLIC = row("ok", "ok", "ok", "ok", "ok", "ok", "ok");
/** Any signed-in person, about themself. */
const SIGNED_IN = row(U, "ok", "ok", "ok", "ok", "ok", "ok");
/** A couple's own data with no id in the input: a member of another couple gets their own. */
const OWN_COUPLE = row(U, "ok", "ok", F, "ok", F, F);
/** A record of this couple, by id: only its two members. */
const THIS_COUPLE = (self: Outcome = "ok", partner: Outcome = "ok") => row(U, self, partner, F, N, F, F);
/** A therapist's read or write through Tara's link. */
const TARAS_LINK = row(U, F, F, F, F, "ok", N);
/** The therapist's own account pages. */
const THERAPIST_SELF = row(U, F, F, F, F, "ok", "ok");

const passwordOf = (actor: Actor) => (actor === "therapistWith" || actor === "therapistWithout" ? "a careful long passphrase" : "a calm long passphrase");
const fields = { title: "A new boundary", description: "Some words.", category: "other" as const, reviewOn: null };
const step = (w: World, stepIndex: number) => ({ sessionId: w.ids.sessionId, stepIndex });

export const POLICY: Record<string, ProcedurePolicy> = {
  "account.signUp": { input: () => ({ name: "Newcomer", email: uniqueEmail("matrix"), password: "a calm long passphrase" }), expect: PUBLIC, harmless: true },
  "account.me": { expect: SIGNED_IN },
  "account.signOutEverywhere": { expect: SIGNED_IN },
  "account.export": { expect: SIGNED_IN },
  "account.changePassword": { input: (_w, a) => ({ current: passwordOf(a), next: "another long passphrase" }), expect: SIGNED_IN },
  "account.changeEmail": { input: (_w, a) => ({ password: passwordOf(a), email: uniqueEmail("changed") }), expect: SIGNED_IN },
  "account.delete": { input: (_w, a) => ({ password: passwordOf(a) }), expect: SIGNED_IN },

  "agreements.timeline": { input: () => ({ areas: ["boundaries", "commitments", "check-ins"], person: "anyone", limit: 20 }), expect: OWN_COUPLE },
  "agreements.printable": { expect: OWN_COUPLE },

  "boundary.list": { expect: OWN_COUPLE },
  "boundary.reviewsDue": { expect: OWN_COUPLE },
  "boundary.get": { input: (w) => ({ boundaryId: w.ids.agreed }), expect: THIS_COUPLE() },
  "boundary.propose": { input: () => fields, expect: OWN_COUPLE },
  "boundary.proposeChange": { input: (w) => ({ boundaryId: w.ids.agreed, version: 1, revision: w.ids.boundaryRevision, ...fields }), expect: THIS_COUPLE() },
  // Alex proposed it, so agreeing is Sam's to do.
  "boundary.agree": { input: (w) => ({ boundaryId: w.ids.pending, version: 1, revision: 1 }), expect: THIS_COUPLE(B, "ok") },
  "boundary.requestRevisit": { input: (w) => ({ boundaryId: w.ids.agreed, version: 1, revision: w.ids.boundaryRevision }), expect: THIS_COUPLE() },
  "boundary.proposeRetire": { input: (w) => ({ boundaryId: w.ids.agreed, version: 1, revision: w.ids.boundaryRevision }), expect: THIS_COUPLE() },
  // Nobody proposed retiring it: nothing to agree to, for either partner.
  "boundary.agreeToRetire": { input: (w) => ({ boundaryId: w.ids.agreed, version: 1, revision: w.ids.boundaryRevision }), expect: THIS_COUPLE(B, B) },
  // It has no review date.
  "boundary.markReviewed": { input: (w) => ({ boundaryId: w.ids.agreed, reviewOn: today() }), expect: THIS_COUPLE(B, B) },
  "boundary.comment": { input: (w) => ({ boundaryId: w.ids.agreed, body: "Plain words." }), expect: THIS_COUPLE() },

  "care.overview": { expect: OWN_COUPLE },
  "care.invite": { expect: OWN_COUPLE },
  "care.cancelInvite": { expect: OWN_COUPLE },
  "care.consent": { input: (w) => ({ linkId: w.ids.linkId, scopes: ["boundaries"], history: "all" }), expect: THIS_COUPLE() },
  "care.revoke": { input: (w) => ({ linkId: w.ids.linkId }), expect: THIS_COUPLE() },
  "care.accessLog": { expect: OWN_COUPLE },
  "care.fromTherapists": { expect: OWN_COUPLE },

  "commitment.list": { expect: OWN_COUPLE },
  "commitment.create": { input: () => ({ what: "Another promise", question: "Kept?", cadence: { kind: "daily" }, startOn: today(), endOn: null, timeZone: ZONE }), expect: OWN_COUPLE },
  // Alex's commitment: the partner responds to it, only Alex changes or checks in.
  "commitment.acknowledge": { input: (w) => ({ commitmentId: w.ids.commitment, response: "seen" }), expect: THIS_COUPLE(B, "ok") },
  "commitment.change": { input: (w) => ({ commitmentId: w.ids.commitment, what: "Walks, most days", why: "", question: "Walked?", endOn: null }), expect: THIS_COUPLE("ok", F) },
  "commitment.lifecycle": { input: (w) => ({ commitmentId: w.ids.commitment, action: "pause" }), expect: THIS_COUPLE("ok", F) },
  "commitment.checkIn": { input: (w) => ({ commitmentId: w.ids.commitment, period: addDays(today(), -1), outcome: "kept" }), expect: THIS_COUPLE("ok", F) },
  "commitment.respond": { input: (w) => ({ checkInId: w.ids.checkIn, response: "confirmed" }), expect: THIS_COUPLE(B, "ok") },

  "couple.status": { expect: SIGNED_IN },
  "couple.get": { expect: OWN_COUPLE },
  "couple.leave": { expect: OWN_COUPLE },
  "couple.dismissEndedNotice": { expect: row(U, "ok", "ok", "ok", "ok", F, F), harmless: true },

  "exercise.library": { expect: OWN_COUPLE },
  "exercise.sessions": { expect: OWN_COUPLE },
  "exercise.get": { input: (w) => ({ sessionId: w.ids.sessionId }), expect: THIS_COUPLE() },
  // No draft has been agreed in this session yet: there is none to find.
  "exercise.agreedDraft": { input: (w) => ({ ...step(w, 4), produces: "commitment" }), expect: THIS_COUPLE(N, N) },
  "exercise.start": { input: () => ({ slug: "love-maps" }), expect: OWN_COUPLE },
  "exercise.submitAnswer": { input: (w) => ({ ...step(w, 1), answer: "Tired but hopeful" }), prepare: (w) => w.stepTo(1), expect: THIS_COUPLE() },
  "exercise.acknowledge": { input: (w) => step(w, 0), expect: THIS_COUPLE() },
  "exercise.saveReflection": { input: (w) => ({ ...step(w, 5), note: "Just for me." }), prepare: (w) => w.stepTo(5), expect: THIS_COUPLE() },
  // Alex started the session, so Alex speaks first.
  "exercise.takeTurn": { input: (w) => ({ ...step(w, 3), action: "speak", body: "One thing I noticed." }), prepare: (w) => w.stepTo(3), expect: THIS_COUPLE("ok", C) },
  "exercise.saveDraft": { input: (w) => ({ ...step(w, 4), title: "A small plan", details: "A walk on Sunday." }), prepare: (w) => w.stepTo(4), expect: THIS_COUPLE() },
  "exercise.agreeToDraft": {
    input: (w) => ({ ...step(w, 4), title: "A small plan", details: "A walk on Sunday." }),
    prepare: async (w) => {
      await w.stepTo(4);
      await w.callers.self.exercise.saveDraft({ ...step(w, 4), title: "A small plan", details: "A walk on Sunday." });
    },
    expect: THIS_COUPLE(),
  },
  "exercise.callBreak": { input: (w) => ({ sessionId: w.ids.sessionId, minutes: 20 }), expect: THIS_COUPLE() },
  "exercise.abandon": { input: (w) => ({ sessionId: w.ids.sessionId }), expect: THIS_COUPLE() },

  // Eve (single again) may invite; anyone already linked is told so; therapists never join a couple.
  "invite.create": { expect: row(U, C, C, "ok", C, F, F) },
  "invite.revoke": { expect: row(U, "ok", "ok", "ok", "ok", F, F), harmless: true },
  "invite.preview": { input: (w) => ({ token: w.tokens.invite }), expect: PUBLIC },
  "invite.accept": { input: (w) => ({ token: w.tokens.invite }), expect: row(U, C, C, B, C, F, F) },

  "safety.check": { input: () => ({ feelSafe: "yes", harmed: "no", controlled: "no", afraidIfKnew: "no" }), expect: SIGNED_IN, harmless: true },
  // Alex's held comment: only Alex chooses.
  "safety.release": { input: (w) => ({ kind: "comment", commentId: w.ids.heldComment, choice: "keep-private" }), expect: row(U, "ok", N, N, N, N, N) },

  "therapist.signUp": { input: () => ({ name: "Dr. New", email: uniqueEmail("newtherapist"), password: "a careful long passphrase" }), expect: PUBLIC, harmless: true },
  "therapist.me": { expect: THERAPIST_SELF },
  "therapist.dashboard": { expect: THERAPIST_SELF },
  // Both therapists already work with this couple.
  "therapist.accept": { input: (w) => ({ token: w.tokens.careInvite }), expect: row(U, F, F, F, F, C, C) },
  "therapist.couple": { input: (w) => ({ linkId: w.ids.linkId }), expect: TARAS_LINK },
  "therapist.boundaries": { input: (w) => ({ linkId: w.ids.linkId }), expect: TARAS_LINK },
  "therapist.commitments": { input: (w) => ({ linkId: w.ids.linkId }), expect: TARAS_LINK },
  "therapist.answers": { input: (w) => ({ linkId: w.ids.linkId }), expect: TARAS_LINK },
  "therapist.moods": { input: (w) => ({ linkId: w.ids.linkId }), expect: TARAS_LINK },
  "therapist.library": { expect: THERAPIST_SELF },
  "therapist.assignments": { input: (w) => ({ linkId: w.ids.linkId }), expect: TARAS_LINK },
  "therapist.assign": { input: (w) => ({ linkId: w.ids.linkId, slug: "love-maps", dueOn: null }), expect: TARAS_LINK },
  "therapist.notes": { input: (w) => ({ linkId: w.ids.linkId }), expect: TARAS_LINK },
  "therapist.addNote": { input: (w) => ({ linkId: w.ids.linkId, body: "A note.", shared: false }), expect: TARAS_LINK },
  // Both therapists already have two-step sign-in on.
  "therapist.twoStep.start": { input: (_w, a) => ({ password: passwordOf(a) }), expect: row(U, F, F, F, F, C, C) },
  "therapist.twoStep.confirm": { input: () => ({ code: "123456" }), expect: row(U, F, F, F, F, B, B) },
  "therapist.twoStep.disable": { input: (_w, a) => ({ password: passwordOf(a), code: "123456" }), expect: row(U, F, F, F, F, B, B) },

  "wellbeing.save": { input: () => ({ mood: 4, feelings: ["hopeful"], timeZone: ZONE }), expect: SIGNED_IN, harmless: true },
  "wellbeing.mine": { expect: SIGNED_IN },
  // Alex's private entry: only Alex shares or unshares it.
  "wellbeing.share": { input: (w) => ({ id: w.ids.mood }), expect: row(U, "ok", N, F, N, F, F) },
  "wellbeing.unshare": { input: (w) => ({ id: w.ids.mood }), expect: row(U, "ok", N, N, N, N, N) },
  "wellbeing.shared": { expect: OWN_COUPLE },
};
