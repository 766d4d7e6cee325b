import "server-only";
import { TRPCError, initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";
import type { Db } from "@/db";
import type { Viewer } from "@/server/auth/sessions";
import type { CoupleId, Pair } from "@/server/couple/ids";
import { findActiveMembership } from "@/server/couple/queries";
import { secondFactorPassed } from "@/server/therapist/totp";
import { AppError } from "@/server/errors";
import { storable } from "@/lib/storable";
import { wireTransformer } from "@/lib/wire";

/**
 * Built once per request by the route handler (app/api/trpc) or by tests: the session has already
 * been resolved against the sessions table, so an ended session arrives here as `viewer: null`.
 */
export interface TRPCContext {
  db: Db;
  viewer: Viewer | null;
  headers: Headers;
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: wireTransformer,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      // An unexpected failure can carry SQL and its parameters (emails, hashes): never send it out.
      message: error.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on our side. Please try again." : shape.message,
      data: {
        ...shape.data,
        // Field-level messages for forms; never a stack or internal detail.
        zodError: cause instanceof ZodError ? z.flattenError(cause) : null,
        field: cause instanceof AppError ? (cause.field ?? null) : null,
        reason: cause instanceof AppError ? (cause.reason ?? null) : null,
        stack: undefined,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/** Domain code throws AppError; this turns it into the matching tRPC error instead of a 500. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  if (!result.ok && result.error.cause instanceof ZodError && result.error.code === "INTERNAL_SERVER_ERROR") {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Some of the details aren't valid.", cause: result.error.cause });
  }
  return result;
});

/**
 * Text PostgreSQL can't store (a NUL character, half of a surrogate pair) gets a clear error before
 * anything runs, instead of failing deep in a query as a 500.
 */
const storableInput = t.middleware(async ({ getRawInput, next }) => {
  if (!storable(await getRawInput())) {
    throw new AppError("BAD_REQUEST", "Some of this text has a character we can't store (such as a null character). Please remove it and try again.", { reason: "unstorable_text" });
  }
  return next();
});

export const publicProcedure = t.procedure.use(appErrors).use(storableInput);

/** Rung 2: a signed-in person with a live session. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  return next({ ctx: { ...ctx, user: ctx.viewer.user, sessionToken: ctx.viewer.sessionToken, realtimeEpoch: ctx.viewer.realtimeEpoch, secondFactor: ctx.viewer.secondFactor } });
});

/** Rung 2a: someone using Twofold as a partner. A therapist account never joins a couple. */
export const partnerProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "partner") throw new TRPCError({ code: "FORBIDDEN", message: "This is for partners' accounts." });
  return next();
});

/** Rung 2b: a therapist account. What it may see of a couple is decided per link (server/therapist/access.ts). */
export const therapistProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "therapist") throw new TRPCError({ code: "FORBIDDEN", message: "This is for therapist accounts." });
  return next();
});

/**
 * Rung 3b: a therapist whose two-step sign-in is on and who passed it in this session. Every read
 * of a couple's data, and every action on a couple, needs it: therapists hold many couples' data.
 */
export const verifiedTherapistProcedure = therapistProcedure.use(async ({ ctx, next }) => {
  if (!(await secondFactorPassed(ctx.db, ctx.user.id, ctx.secondFactor))) {
    throw new AppError("FORBIDDEN", "Please turn on two-step sign-in first: couples' progress opens only with it.", { reason: "two_step_required" });
  }
  return next();
});

/**
 * Rung 3: an active member of a couple. `ctx.couple.id` is the only way to get a CoupleId, and every
 * query on couple data filters by it.
 */
export const coupleProcedure = partnerProcedure.use(async ({ ctx, next }) => {
  const membership = await findActiveMembership(ctx.db, ctx.user.id);
  if (!membership) {
    throw new TRPCError({ code: "FORBIDDEN", message: "You're not linked with a partner right now." });
  }
  return next({
    ctx: {
      ...ctx,
      couple: { id: membership.coupleId as CoupleId, since: membership.since },
      partner: membership.partner,
    },
  });
});

/** The pair a signed-in person is part of now, for procedures that also work without a couple. */
export async function activePair(db: Db, userId: string): Promise<Pair | null> {
  const membership = await findActiveMembership(db, userId);
  return membership ? { coupleId: membership.coupleId as CoupleId, userId, partnerId: membership.partner.id } : null;
}

/** The acting pair, from a couple-rung context. */
export function pairOf(ctx: { couple: { id: CoupleId }; user: { id: string }; partner: { id: string } }): Pair {
  return { coupleId: ctx.couple.id, userId: ctx.user.id, partnerId: ctx.partner.id };
}
