import "server-only";
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db";
import { therapistProfiles } from "@/db/schema";
import { createAccount } from "@/server/account/service";
import { therapistSignUpSchema, type TherapistSignUpInput } from "./schema";

/**
 * A therapist account: the same sign-up rules as everyone's, plus practice and credentials as the
 * therapist wrote them. Twofold verifies none of it, and the couple is told so.
 */
export async function createTherapistAccount(db: Db, input: TherapistSignUpInput) {
  const { practice, credentials, ...account } = therapistSignUpSchema.parse(input);
  return db.transaction(async (tx) => {
    const user = await createAccount(tx, account, "therapist");
    await tx.insert(therapistProfiles).values({ userId: user.id, practice: practice ?? null, credentials: credentials ?? null });
    return user;
  });
}

/**
 * The therapist's own details and whether two-step sign-in is on; `ready` when it is on and this
 * session passed it, so couples' data can open.
 */
export async function therapistProfile(db: DbOrTx, user: { id: string; name: string }, sessionPassed: boolean) {
  const [profile] = await db
    .select({ practice: therapistProfiles.practice, credentials: therapistProfiles.credentials, totpEnabledAt: therapistProfiles.totpEnabledAt })
    .from(therapistProfiles)
    .where(eq(therapistProfiles.userId, user.id));
  const twoStep = Boolean(profile?.totpEnabledAt);
  return { name: user.name, practice: profile?.practice ?? null, credentials: profile?.credentials ?? null, twoStep, ready: twoStep && sessionPassed };
}
