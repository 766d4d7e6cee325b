import { userChannelsOf } from "@/server/auth/sessions";
import { careChannel, coupleChannel } from "@/server/realtime/events";
import { announce } from "@/server/realtime/publish";
import { accessLogFor, cancelTherapistInvite, giveConsent, inviteTherapist, revokeTherapist, therapistOverview } from "@/server/therapist/consent";
import { consentSchema, linkRefSchema } from "@/server/therapist/schema";
import { fromTherapists } from "@/server/therapist/views";
import { announceLinksEnded } from "../announce";
import { coupleProcedure, createTRPCRouter, pairOf } from "../init";

/**
 * The couple's side of working with a therapist: invite, consent (each partner for themself),
 * revoke (either partner, alone), and see who viewed what, the homework and the shared notes.
 */
export const careRouter = createTRPCRouter({
  overview: coupleProcedure.query(({ ctx }) => therapistOverview(ctx.db, pairOf(ctx))),

  /** The link and code are shown once, here; only their hashes are kept. */
  invite: coupleProcedure.mutation(async ({ ctx }) => {
    const invite = await inviteTherapist(ctx.db, pairOf(ctx));
    await announce([coupleChannel(ctx.couple.id)], { kind: "therapist", id: ctx.couple.id });
    return invite;
  }),
  cancelInvite: coupleProcedure.mutation(async ({ ctx }) => {
    await cancelTherapistInvite(ctx.db, pairOf(ctx));
    await announce([coupleChannel(ctx.couple.id)], { kind: "therapist", id: ctx.couple.id });
    return { ok: true as const };
  }),

  /** Your own consent: what you share and how far back. It never speaks for your partner. */
  consent: coupleProcedure.input(consentSchema).mutation(async ({ ctx, input }) => {
    const { linkId, therapistId, concernsTherapist } = await giveConsent(ctx.db, pairOf(ctx), input);
    const therapist = concernsTherapist ? [careChannel(linkId), ...(await userChannelsOf(ctx.db, [therapistId]))] : [];
    await announce([coupleChannel(ctx.couple.id), ...therapist], { kind: "therapist", id: linkId });
    return { ok: true as const };
  }),

  /** Ends this therapist's access for good, on their next request. No reason is asked. */
  revoke: coupleProcedure.input(linkRefSchema).mutation(async ({ ctx, input }) => {
    const ended = await revokeTherapist(ctx.db, pairOf(ctx), input.linkId);
    await announce([coupleChannel(ctx.couple.id)], { kind: "therapist", id: ended.id });
    await announceLinksEnded(ctx.db, [ended]);
    return { ok: true as const };
  }),

  /** Who viewed what, when: every therapist read of your shared progress. */
  accessLog: coupleProcedure.query(({ ctx }) => accessLogFor(ctx.db, ctx.couple.id)),

  /** Homework and shared notes from the therapists you work with now. */
  fromTherapists: coupleProcedure.query(({ ctx }) => fromTherapists(ctx.db, ctx.couple.id)),
});

