import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { createSession, resolveSession, type Viewer } from "@/server/auth/sessions";
import { exerciseSessions } from "@/db/schema";
import { addDays, localDate } from "@/server/commitments/periods";
import { leaveCouple } from "@/server/couple/service";
import type { CoupleId } from "@/server/couple/ids";
import { startSessionFrom } from "@/server/exercises/service";
import { acceptInvite, createInvite } from "@/server/invite/service";
import { callerFor, createTherapist, createUser, anonymousCaller } from "../factories";
import { fixtureTemplate } from "../fixtures/exercise-template";

export const ACTORS = ["anonymous", "self", "partner", "exPartner", "otherCouple", "therapistWith", "therapistWithout"] as const;
export type Actor = (typeof ACTORS)[number];

export const ZONE = "Europe/London";
export const today = () => localDate(new Date(), ZONE);

/**
 * Strings planted in this couple's records. Nobody outside the couple may ever receive one; the
 * private ones reach nobody but their writer — not the partner, not the therapist.
 */
export const MARKERS = {
  shared: ["WORLD-BOUNDARY-MARK", "WORLD-COMMITMENT-MARK"],
  alexPrivate: ["ALEX-PRIVATE-MOOD", "ALEX-PRIVATE-REFLECTION", "ALEX-UNREVEALED-ANSWER", "ALEX-HELD-COMMENT", "ALEX-HELD-CHECKIN", "ALEX-HELD-PAUSE", "ALEX-HELD-ANSWER"],
  samPrivate: ["SAM-PRIVATE-MOOD", "SAM-KEPT-PRIVATE-NOTE"],
};
const [BOUNDARY_MARK, COMMITMENT_MARK] = MARKERS.shared as [string, string];

/**
 * One small world for the authorization matrix. Alex ("self") and Sam ("partner") are a couple;
 * Eve is Alex's former partner (that couple ended); Olga is in another couple; Tara is a therapist
 * both partners consented to (all scopes, two-step on); Ulf is a therapist only Alex consented to.
 * Every record below is the couple's, made by Alex unless it says otherwise.
 */
export async function seedWorld(db: Db) {
  const alex = await createUser(db, { name: "Alex" });
  const sam = await createUser(db, { name: "Sam" });
  const eve = await createUser(db, { name: "Eve" });
  const olga = await createUser(db, { name: "Olga" });
  const pete = await createUser(db, { name: "Pete" });
  const link = async (a: string, b: string) => acceptInvite(db, b, { token: (await createInvite(db, a)).token });
  const old = await link(eve.id, alex.id);
  await leaveCouple(db, old.coupleId as CoupleId, eve.id);
  const couple = await link(alex.id, sam.id);
  const otherCouple = await link(olga.id, pete.id);
  const callers = {
    anonymous: anonymousCaller(db),
    self: await callerFor(db, alex.id),
    partner: await callerFor(db, sam.id),
    exPartner: await callerFor(db, eve.id),
    otherCouple: await callerFor(db, olga.id),
    therapistWith: null as unknown as Awaited<ReturnType<typeof callerFor>>,
    therapistWithout: null as unknown as Awaited<ReturnType<typeof callerFor>>,
  };
  const tara = await createTherapist(db, { name: "Tara" });
  const ulf = await createTherapist(db, { name: "Ulf" });
  callers.therapistWith = tara.caller;
  callers.therapistWithout = ulf.caller;
  const { linkId } = await tara.caller.therapist.accept({ token: (await callers.self.care.invite()).token });
  await callers.self.care.consent({ linkId, scopes: ["answers", "boundaries", "commitments", "moods"], history: "all" });
  await callers.partner.care.consent({ linkId, scopes: ["answers", "boundaries", "commitments", "moods"], history: "all" });
  const { linkId: ulfLinkId } = await ulf.caller.therapist.accept({ token: (await callers.self.care.invite()).token });
  await callers.self.care.consent({ linkId: ulfLinkId, scopes: ["boundaries"], history: "all" });

  const agreed = await callers.self.boundary.propose({ title: `Agreed ${BOUNDARY_MARK}`, description: "Both said yes.", category: "communication", reviewOn: null });
  await callers.partner.boundary.agree({ boundaryId: agreed.id, version: 1, revision: 1 });
  const pending = await callers.self.boundary.propose({ title: "Waiting for Sam", description: "Alex proposed it.", category: "other", reviewOn: null });
  const heldComment = await callers.self.boundary.comment({ boundaryId: agreed.id, body: "I can't go on like this ALEX-HELD-COMMENT" });
  const commitment = await callers.self.commitment.create({ what: `Walks ${COMMITMENT_MARK}`, question: "Walked?", cadence: { kind: "daily" }, startOn: addDays(today(), -3), endOn: null, timeZone: ZONE });
  const checkIn = await callers.self.commitment.checkIn({ commitmentId: commitment.id, period: addDays(today(), -2), outcome: "kept" });
  const mood = await callers.self.wellbeing.save({ mood: 3, feelings: ["calm"], note: "ALEX-PRIVATE-MOOD", timeZone: ZONE });
  const pair = { coupleId: couple.coupleId as CoupleId, userId: alex.id, partnerId: sam.id };
  const { id: sessionId } = await startSessionFrom(db, pair, fixtureTemplate);
  // Private words of each partner, in every place they can be kept.
  await callers.self.commitment.checkIn({ commitmentId: commitment.id, period: addDays(today(), -3), outcome: "partly", note: "I want to die ALEX-HELD-CHECKIN" });
  const paused = await callers.self.commitment.create({ what: "Screen-free evenings", question: "Kept?", cadence: { kind: "daily" }, startOn: addDays(today(), -3), endOn: null, timeZone: ZONE });
  await callers.self.commitment.lifecycle({ commitmentId: paused.id, action: "pause", note: "No reason to live ALEX-HELD-PAUSE" });
  const privateSession = (await startSessionFrom(db, pair, fixtureTemplate)).id;
  await db.update(exerciseSessions).set({ stepIndex: 1 }).where(eq(exerciseSessions.id, privateSession));
  await callers.self.exercise.submitAnswer({ sessionId: privateSession, stepIndex: 1, answer: "ALEX-UNREVEALED-ANSWER" });
  const heldSession = (await startSessionFrom(db, pair, fixtureTemplate)).id;
  await db.update(exerciseSessions).set({ stepIndex: 1 }).where(eq(exerciseSessions.id, heldSession));
  await callers.self.exercise.submitAnswer({ sessionId: heldSession, stepIndex: 1, answer: "Everyone would be better off without me ALEX-HELD-ANSWER" });
  await callers.partner.exercise.submitAnswer({ sessionId: heldSession, stepIndex: 1, answer: "Hopeful" });
  const reflectionSession = (await startSessionFrom(db, pair, fixtureTemplate)).id;
  await db.update(exerciseSessions).set({ stepIndex: 5 }).where(eq(exerciseSessions.id, reflectionSession));
  await callers.self.exercise.saveReflection({ sessionId: reflectionSession, stepIndex: 5, note: "ALEX-PRIVATE-REFLECTION" });
  await callers.partner.wellbeing.save({ mood: 2, feelings: ["tired"], note: "SAM-PRIVATE-MOOD", timeZone: ZONE });
  const samsShared = await callers.partner.boundary.comment({ boundaryId: agreed.id, body: "Better off dead SAM-KEPT-PRIVATE-NOTE" });
  await callers.partner.safety.release({ kind: "comment", commentId: samsShared.id, choice: "keep-private" });

  const assignment = await tara.caller.therapist.assign({ linkId, slug: "love-maps", dueOn: null });
  const invite = await createInvite(db, eve.id);
  const careInvite = await callers.self.care.invite();
  const boundaryRevision = (await callers.self.boundary.get({ boundaryId: agreed.id })).revision;
  // The other couple has records of its own, for "never a change to another couple's rows".
  const olgasBoundary = await callers.otherCouple.boundary.propose({ title: "Olga's boundary", description: "Theirs.", category: "other", reviewOn: null });
  const olgasCommitment = await callers.otherCouple.commitment.create({ what: "Olga's promise", question: "Kept?", cadence: { kind: "daily" }, startOn: addDays(today(), -2), endOn: null, timeZone: ZONE });
  // The same people as realtime viewers (a therapist's with two-step sign-in passed).
  const viewerOf = async (userId: string) => resolveSession(db, await createSession(db, userId));
  const viewers: Record<Actor, Viewer | null> = {
    anonymous: null,
    self: await viewerOf(alex.id),
    partner: await viewerOf(sam.id),
    exPartner: await viewerOf(eve.id),
    otherCouple: await viewerOf(olga.id),
    therapistWith: await resolveSession(db, tara.sessionToken),
    therapistWithout: await resolveSession(db, ulf.sessionToken),
  };

  return {
    db,
    people: { alex, sam, eve, olga, tara, ulf },
    callers,
    viewers,
    coupleId: couple.coupleId,
    other: { coupleId: otherCouple.coupleId, boundary: olgasBoundary.id, commitment: olgasCommitment.id, userIds: [olga.id, pete.id] },
    ids: { agreed: agreed.id, boundaryRevision, pending: pending.id, heldComment: heldComment.id, commitment: commitment.id, checkIn: checkIn.id, mood: mood.id, sessionId, linkId, ulfLinkId, assignment: assignment.id },
    tokens: { invite: invite.token, careInvite: careInvite.token },
    /** Moves the fixture session to a step of the given kind, for procedures acting on that step. */
    async stepTo(index: number) {
      await db.update(exerciseSessions).set({ stepIndex: index }).where(eq(exerciseSessions.id, sessionId));
    },
  };
}

export type World = Awaited<ReturnType<typeof seedWorld>>;
