import { releaseHold, releaseSchema } from "@/server/safety/holds";
import { assessSafety, safetyCheckSchema } from "@/server/safety/safety-check";
import { announceTo } from "../announce";
import { activePair, createTRPCRouter, protectedProcedure } from "../init";

export const safetyRouter = createTRPCRouter({
  /**
   * The private safety check: assessed and answered to the person alone. Nothing is stored or
   * announced (a POST, so the answers are in no URL or log either).
   */
  check: protectedProcedure.input(safetyCheckSchema).mutation(({ input }) => ({ result: assessSafety(input) })),
  /** The writer shares held words, or keeps them private. Only a kind and an id go out. */
  release: protectedProcedure.input(releaseSchema).mutation(async ({ ctx, input }) => {
    const pair = await activePair(ctx.db, ctx.user.id);
    const { kind, id, coupleId, audience } = await releaseHold(ctx.db, { userId: ctx.user.id, pair }, input);
    // A therapist never sees comments, so a comment's release isn't news for them.
    await announceTo(ctx, { coupleId, audience, therapists: input.kind !== "comment" }, { kind, id });
    return { ok: true as const };
  }),
});
