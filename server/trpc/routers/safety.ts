import { coupleChannel } from "@/server/realtime/events";
import { announce } from "@/server/realtime/publish";
import { releaseHold, releaseSchema } from "@/server/safety/holds";
import { coupleProcedure, createTRPCRouter, pairOf } from "../init";

export const safetyRouter = createTRPCRouter({
  /** The writer shares held words, or keeps them private. Only a kind and an id go out. */
  release: coupleProcedure.input(releaseSchema).mutation(async ({ ctx, input }) => {
    const changed = await releaseHold(ctx.db, pairOf(ctx), input);
    await announce([coupleChannel(ctx.couple.id)], changed);
    return { ok: true as const };
  }),
});
