import { coupleChannel } from "@/server/realtime/events";
import { announce } from "@/server/realtime/publish";
import { releaseHold, releaseSchema } from "@/server/safety/holds";
import { assessSafety, safetyCheckSchema } from "@/server/safety/safety-check";
import { coupleProcedure, createTRPCRouter, pairOf, protectedProcedure } from "../init";

export const safetyRouter = createTRPCRouter({
  /**
   * The private safety check: assessed and answered to the person alone. Nothing is stored or
   * announced (a POST, so the answers are in no URL or log either).
   */
  check: protectedProcedure.input(safetyCheckSchema).mutation(({ input }) => ({ result: assessSafety(input) })),
  /** The writer shares held words, or keeps them private. Only a kind and an id go out. */
  release: coupleProcedure.input(releaseSchema).mutation(async ({ ctx, input }) => {
    const changed = await releaseHold(ctx.db, pairOf(ctx), input);
    await announce([coupleChannel(ctx.couple.id)], changed);
    return { ok: true as const };
  }),
});
