import { createCallerFactory, createTRPCRouter } from "../init";
import { accountRouter } from "./account";
import { agreementsRouter } from "./agreements";
import { boundaryRouter } from "./boundary";
import { careRouter } from "./care";
import { commitmentRouter } from "./commitment";
import { coupleRouter } from "./couple";
import { exerciseRouter } from "./exercise";
import { inviteRouter } from "./invite";
import { safetyRouter } from "./safety";
import { therapistRouter } from "./therapist";
import { wellbeingRouter } from "./wellbeing";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  agreements: agreementsRouter,
  boundary: boundaryRouter,
  care: careRouter,
  commitment: commitmentRouter,
  couple: coupleRouter,
  exercise: exerciseRouter,
  invite: inviteRouter,
  safety: safetyRouter,
  therapist: therapistRouter,
  wellbeing: wellbeingRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
