import { dismissEndingNotice, leaveCouple } from "@/server/couple/service";
import { findActiveMembership, findUnseenEnding } from "@/server/couple/queries";
import { currentInvite } from "@/server/invite/service";
import { coupleChannel } from "@/server/realtime/events";
import { announce } from "@/server/realtime/publish";
import { announceLinksEnded } from "../announce";
import { coupleProcedure, createTRPCRouter, partnerProcedure, protectedProcedure } from "../init";

export const coupleRouter = createTRPCRouter({
  /** Where the signed-in person stands: linked or not, an open invite, a closing to acknowledge. */
  status: protectedProcedure.query(async ({ ctx }) => {
    const [membership, ending, invite] = await Promise.all([
      findActiveMembership(ctx.db, ctx.user.id),
      findUnseenEnding(ctx.db, ctx.user.id),
      currentInvite(ctx.db, ctx.user.id),
    ]);
    return {
      linked: membership !== null,
      coupleId: membership?.coupleId ?? null,
      endedNotice: ending ? { endedAt: ending.endedAt } : null,
      openInvite: invite,
    };
  }),

  get: coupleProcedure.query(({ ctx }) => ({
    id: ctx.couple.id,
    since: ctx.couple.since,
    partner: { name: ctx.partner.name },
  })),

  leave: coupleProcedure.mutation(async ({ ctx }) => {
    const { endedAt, endedLinks } = await leaveCouple(ctx.db, ctx.couple.id, ctx.user.id);
    // The last event this couple's channel ever carries: a new couple gets a new channel.
    await announce([coupleChannel(ctx.couple.id)], { kind: "couple", id: ctx.couple.id });
    await announceLinksEnded(ctx.db, endedLinks);
    return { endedAt };
  }),

  dismissEndedNotice: partnerProcedure.mutation(async ({ ctx }) => {
    await dismissEndingNotice(ctx.db, ctx.user.id);
    return { ok: true as const };
  }),
});
