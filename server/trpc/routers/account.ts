import { signUpSchema } from "@/server/account/schema";
import { createAccount } from "@/server/account/service";
import { consume, limiters } from "@/server/auth/rate-limit";
import { endAllSessions } from "@/server/auth/sessions";
import { clientAddressFrom } from "@/server/http/client-address";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../init";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpSchema).mutation(async ({ ctx, input }) => {
    await consume([{ limiter: limiters(ctx.db).signUpClient, key: clientAddressFrom(ctx.headers) }], (wait) =>
      `Too many new accounts from here. Please wait ${wait} and try again.`,
    );
    const user = await createAccount(ctx.db, input);
    return { id: user.id };
  }),

  me: protectedProcedure.query(({ ctx }) => ({ id: ctx.user.id, name: ctx.user.name, email: ctx.user.email })),

  /** Ends every session of this person, this device included (ASVS 7.4.3). */
  signOutEverywhere: protectedProcedure.mutation(async ({ ctx }) => {
    const ended = await endAllSessions(ctx.db, ctx.user.id);
    return { ended };
  }),
});
