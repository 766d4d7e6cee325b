import { acceptInviteSchema, previewInviteSchema } from "@/server/invite/schema";
import { acceptInvite, createInvite, previewInvite, revokeInvite } from "@/server/invite/service";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../init";

export const inviteRouter = createTRPCRouter({
  /** The token and code are returned once, here; only their hashes are kept. */
  create: protectedProcedure.mutation(({ ctx }) => createInvite(ctx.db, ctx.user.id)),

  revoke: protectedProcedure.mutation(async ({ ctx }) => {
    await revokeInvite(ctx.db, ctx.user.id);
    return { ok: true as const };
  }),

  preview: publicProcedure.input(previewInviteSchema).query(({ ctx, input }) => previewInvite(ctx.db, input.token)),

  accept: protectedProcedure.input(acceptInviteSchema).mutation(async ({ ctx, input }) => {
    const { since } = await acceptInvite(ctx.db, ctx.user.id, input);
    return { since };
  }),
});
