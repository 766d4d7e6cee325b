import { printableAgreements } from "@/server/agreements/printable";
import { timelineSchema } from "@/server/agreements/schema";
import { timeline } from "@/server/agreements/timeline";
import { coupleProcedure, createTRPCRouter, pairOf } from "../init";

/** Read-only views across boundaries and commitments: the trust timeline and the printable page. */
export const agreementsRouter = createTRPCRouter({
  timeline: coupleProcedure.input(timelineSchema).query(({ ctx, input }) => timeline(ctx.db, pairOf(ctx), input)),
  printable: coupleProcedure.query(({ ctx }) => printableAgreements(ctx.db, pairOf(ctx))),
});
