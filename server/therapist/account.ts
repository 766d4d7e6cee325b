import "server-only";
import type { Db } from "@/db";
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
