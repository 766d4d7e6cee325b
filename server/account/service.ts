import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { users } from "@/db/schema";
import { AppError, isUniqueViolation } from "@/server/errors";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import { signUpSchema, type SignUpInput } from "./schema";

export interface AccountUser {
  id: string;
  name: string;
  email: string;
}

const DUPLICATE_EMAIL = "An account with this email already exists. Try signing in instead.";

export async function createAccount(db: DbOrTx, input: SignUpInput, role: "partner" | "therapist" = "partner"): Promise<AccountUser> {
  const { name, email, password } = signUpSchema.parse(input);
  const existing = await db.query.users.findFirst({ where: eq(users.email, email), columns: { id: true } });
  if (existing) throw new AppError("CONFLICT", DUPLICATE_EMAIL, { field: "email", reason: "duplicate_email" });
  const passwordHash = await hashPassword(password);
  try {
    const [user] = await db
      .insert(users)
      .values({ name, email, passwordHash, role })
      .returning({ id: users.id, name: users.name, email: users.email });
    if (!user) throw new Error("insert returned no row");
    return user;
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", DUPLICATE_EMAIL, { field: "email", reason: "duplicate_email" });
    throw error;
  }
}

/** The user for these credentials, or null. Unknown email and wrong password are indistinguishable. */
export async function verifyCredentials(db: DbOrTx, email: string, password: string): Promise<AccountUser | null> {
  const user = await db.query.users.findFirst({
    where: eq(users.email, email),
    columns: { id: true, name: true, email: true, passwordHash: true },
  });
  if (!user?.passwordHash) return verifyAgainstDummy(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, name: user.name, email: user.email };
}
