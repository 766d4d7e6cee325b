import { acceptInviteSchema, previewInviteSchema } from "@/server/invite/schema";
import { acceptInvite, createInvite, previewInvite, revokeInvite } from "@/server/invite/service";
import { userChannelsOf } from "@/server/auth/sessions";
import { clientAddressFrom } from "@/server/http/client-address";
import { userChannel } from "@/server/realtime/events";
import { announce } from "@/server/realtime/publish";
import { createTRPCRouter, partnerProcedure, publicProcedure } from "../init";

export const inviteRouter = createTRPCRouter({
  /** The token and code are returned once, here; only their hashes are kept. */
  create: partnerProcedure.mutation(async ({ ctx }) => {
    const invite = await createInvite(ctx.db, ctx.user.id);
    await announce([userChannel(ctx.user.id, ctx.realtimeEpoch)], { kind: "invite" });
    return invite;
  }),

  revoke: partnerProcedure.mutation(async ({ ctx }) => {
    await revokeInvite(ctx.db, ctx.user.id);
    await announce([userChannel(ctx.user.id, ctx.realtimeEpoch)], { kind: "invite" });
    return { ok: true as const };
  }),

  preview: publicProcedure.input(previewInviteSchema).query(({ ctx, input }) => previewInvite(ctx.db, input.token)),

  accept: partnerProcedure.input(acceptInviteSchema).mutation(async ({ ctx, input }) => {
    const { coupleId, inviterId, since } = await acceptInvite(ctx.db, ctx.user.id, input, {
      clientAddress: clientAddressFrom(ctx.headers),
    });
    // Tells the partner who sent the invite (and both people's other devices) that they are linked.
    await announce(await userChannelsOf(ctx.db, [inviterId, ctx.user.id]), { kind: "couple", id: coupleId });
    return { since };
  }),
});
