import { z } from "zod";
import { reauthenticate } from "@/server/account/data-rights";
import { consume, limiters } from "@/server/auth/rate-limit";
import { userChannelsOf } from "@/server/auth/sessions";
import { exerciseTemplates } from "@/server/exercises/library";
import { clientAddressFrom } from "@/server/http/client-address";
import { coupleChannel } from "@/server/realtime/events";
import { announce } from "@/server/realtime/publish";
import { therapistAccess } from "@/server/therapist/access";
import { createTherapistAccount, therapistProfile } from "@/server/therapist/account";
import { addNote, assignHomework } from "@/server/therapist/work";
import { acceptTherapistInvite } from "@/server/therapist/consent";
import { acceptTherapistInviteSchema, assignSchema, linkRefSchema, noteSchema, therapistSignUpSchema, totpCodeSchema } from "@/server/therapist/schema";
import { confirmTotp, disableTotp, startTotpSetup } from "@/server/therapist/totp";
import { answersView, boundariesView, commitmentsView, coupleHeader, dashboard, homeworkView, moodsView, notesOf } from "@/server/therapist/views";
import { createTRPCRouter, publicProcedure, therapistProcedure, verifiedTherapistProcedure } from "../init";

/**
 * The therapist's side. Every procedure that touches a couple resolves access afresh from the link
 * (server/therapist/access.ts): revoking, leaving or withdrawing consent takes effect on the next
 * call. Reads are logged; the only writes are the therapist's own homework and notes — no
 * procedure here changes anything of the couple's.
 */
const linkProcedure = verifiedTherapistProcedure.input(linkRefSchema).use(async ({ ctx, input, next }) => {
  const access = await therapistAccess(ctx.db, ctx.user.id, input.linkId);
  return next({ ctx: { ...ctx, access } });
});

export const therapistRouter = createTRPCRouter({
  signUp: publicProcedure.input(therapistSignUpSchema).mutation(async ({ ctx, input }) => {
    await consume([{ limiter: limiters(ctx.db).signUpClient, key: clientAddressFrom(ctx.headers) }], (wait) => `Too many new accounts from here. Please wait ${wait} and try again.`);
    const user = await createTherapistAccount(ctx.db, input);
    return { id: user.id };
  }),

  me: therapistProcedure.query(({ ctx }) => therapistProfile(ctx.db, ctx.user, ctx.secondFactor)),

  dashboard: verifiedTherapistProcedure.query(({ ctx }) => dashboard(ctx.db, ctx.user.id)),

  /** Accepting a couple's invitation links you to them; you see nothing until both partners consent. */
  accept: verifiedTherapistProcedure.input(acceptTherapistInviteSchema).mutation(async ({ ctx, input }) => {
    const { linkId, coupleId } = await acceptTherapistInvite(ctx.db, ctx.user.id, input, { clientAddress: clientAddressFrom(ctx.headers) });
    await announce([coupleChannel(coupleId), ...(await userChannelsOf(ctx.db, [ctx.user.id]))], { kind: "therapist", id: linkId });
    return { linkId };
  }),

  couple: linkProcedure.query(({ ctx }) => coupleHeader(ctx.db, ctx.access)),
  boundaries: linkProcedure.query(({ ctx }) => boundariesView(ctx.db, ctx.access)),
  commitments: linkProcedure.query(({ ctx }) => commitmentsView(ctx.db, ctx.access)),
  answers: linkProcedure.query(({ ctx }) => answersView(ctx.db, ctx.access)),
  moods: linkProcedure.query(({ ctx }) => moodsView(ctx.db, ctx.access)),

  library: therapistProcedure.query(() => exerciseTemplates.map((t) => ({ slug: t.slug, title: t.title, summary: t.summary, minutes: t.minutes }))),
  assignments: linkProcedure.query(({ ctx }) => homeworkView(ctx.db, ctx.access)),
  /** Homework from the library, with an optional note and due date; the couple sees it and can start it. */
  assign: verifiedTherapistProcedure.input(assignSchema).mutation(async ({ ctx, input }) => {
    const access = await therapistAccess(ctx.db, ctx.user.id, input.linkId);
    const result = await assignHomework(ctx.db, access, input);
    await announce([coupleChannel(access.coupleId)], { kind: "therapist", id: access.linkId });
    return result;
  }),

  notes: linkProcedure.query(({ ctx }) => notesOf(ctx.db, [ctx.access.linkId], "therapist")),
  /** A note private to you, or shared with both partners. */
  addNote: verifiedTherapistProcedure.input(noteSchema).mutation(async ({ ctx, input }) => {
    const access = await therapistAccess(ctx.db, ctx.user.id, input.linkId);
    const result = await addNote(ctx.db, access, input);
    // A private note is yours alone: the couple hears of shared ones only.
    if (input.shared) await announce([coupleChannel(access.coupleId)], { kind: "therapist", id: access.linkId });
    return result;
  }),

  twoStep: createTRPCRouter({
    /**
     * A new secret to scan, after the password (so a borrowed session can't tie the account to
     * someone else's phone); not in force until `confirm` gets a code from it.
     */
    start: therapistProcedure.input(z.object({ password: z.string().min(1, "Please enter your password.").max(200) }).strict()).mutation(async ({ ctx, input }) => {
      await reauthenticate(ctx.db, ctx.user.id, input.password);
      return startTotpSetup(ctx.db, ctx.user.id);
    }),
    /** Turns it on; this session counts as passed, and every other session ends. */
    confirm: therapistProcedure.input(z.object({ code: totpCodeSchema }).strict()).mutation(async ({ ctx, input }) => {
      await confirmTotp(ctx.db, ctx.user.id, input.code, ctx.sessionToken);
      return { ok: true as const };
    }),
    disable: therapistProcedure.input(z.object({ password: z.string().min(1).max(200), code: totpCodeSchema }).strict()).mutation(async ({ ctx, input }) => {
      await reauthenticate(ctx.db, ctx.user.id, input.password);
      await disableTotp(ctx.db, ctx.user.id, input.code);
      return { ok: true as const };
    }),
  }),
});
