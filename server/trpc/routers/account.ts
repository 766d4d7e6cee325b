import { z } from "zod";
import { changeEmail, changePassword, deleteAccount } from "@/server/account/data-rights";
import { myPastCouples } from "@/server/account/past-couples";
import { emailSchema, newPasswordSchema, signUpSchema } from "@/server/account/schema";
import { createAccount } from "@/server/account/service";
import { consume, limiters } from "@/server/auth/rate-limit";
import { endAllSessions } from "@/server/auth/sessions";
import { listSessions } from "@/server/exercises/queries";
import { clientAddressFrom } from "@/server/http/client-address";
import { coupleChannel } from "@/server/realtime/events";
import { announce } from "@/server/realtime/publish";
import { announceLinksEnded } from "../announce";
import { myMoods, sharedMoods } from "@/server/wellbeing/service";
import { activePair, createTRPCRouter, protectedProcedure, publicProcedure } from "../init";

const password = z.string().min(1, "Please enter your password.").max(200);

/** Typed loosely on purpose: the parts are whatever the app's own read procedures return. */
interface DataExport {
  format: "twofold-export/1";
  exportedAt: Date;
  account: unknown;
  myCheckIns: unknown;
  shared: Record<string, unknown> | null;
  pastCouples: unknown;
}

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

  /**
   * Everything of mine, and the couple's shared items, as one JSON document (GDPR Art. 15/20), in
   * full (no page limits). Couple items are read through the same procedures as the app, as this
   * person: whatever the ladder would not show them (the partner's private entries, held words,
   * unrevealed answers) is not in it. Couples that have ended add only what this person wrote.
   */
  export: protectedProcedure.query(async ({ ctx }): Promise<DataExport> => {
    const { createCaller } = await import("./_app");
    const me = createCaller(ctx);
    const pair = await activePair(ctx.db, ctx.user.id);
    const shared = pair
      ? await (async () => {
          const [couple, boundaryList, commitments, sessions, sharedMoodList] = await Promise.all([
            me.couple.get(),
            me.boundary.list(),
            me.commitment.list(),
            listSessions(ctx.db, pair.coupleId, null),
            sharedMoods(ctx.db, pair.coupleId, pair.userId, pair.partnerId, null),
          ]);
          return {
            couple: { since: couple.since, partner: couple.partner },
            boundaries: await Promise.all(boundaryList.map((b) => me.boundary.get({ boundaryId: b.id }))),
            commitments,
            exercises: await Promise.all(sessions.map((s) => me.exercise.get({ sessionId: s.id }))),
            sharedMoods: sharedMoodList,
          };
        })()
      : null;
    return {
      format: "twofold-export/1" as const,
      exportedAt: new Date(),
      account: await me.account.me(),
      myCheckIns: await myMoods(ctx.db, ctx.user.id, null),
      shared,
      pastCouples: await myPastCouples(ctx.db, ctx.user.id),
    };
  }),

  changePassword: protectedProcedure
    .input(z.object({ current: password, next: newPasswordSchema }).strict())
    .mutation(async ({ ctx, input }) => {
      await changePassword(ctx.db, ctx.user.id, ctx.sessionToken, input.current, input.next);
      return { ok: true as const };
    }),

  changeEmail: protectedProcedure
    .input(z.object({ password, email: emailSchema }).strict())
    .mutation(async ({ ctx, input }) => {
      await changeEmail(ctx.db, ctx.user.id, input.password, input.email);
      return { ok: true as const };
    }),

  /** Deletes this account for good, after the password. The partner keeps their own content. */
  delete: protectedProcedure.input(z.object({ password }).strict()).mutation(async ({ ctx, input }) => {
    const { endedCoupleId, endedLinks, servedCouples } = await deleteAccount(ctx.db, ctx.user.id, input.password);
    if (endedCoupleId) await announce([coupleChannel(endedCoupleId)], { kind: "couple", id: endedCoupleId });
    await announceLinksEnded(ctx.db, endedLinks);
    for (const coupleId of servedCouples) await announce([coupleChannel(coupleId)], { kind: "therapist", id: coupleId });
    return { ok: true as const };
  }),
});
