import { createCallerFactory, createTRPCRouter } from "../init";
import { accountRouter } from "./account";
import { boundaryRouter } from "./boundary";
import { commitmentRouter } from "./commitment";
import { coupleRouter } from "./couple";
import { exerciseRouter } from "./exercise";
import { inviteRouter } from "./invite";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  boundary: boundaryRouter,
  commitment: commitmentRouter,
  couple: coupleRouter,
  exercise: exerciseRouter,
  invite: inviteRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
