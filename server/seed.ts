import "server-only";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { createAccount } from "@/server/account/service";
import { acceptInvite, createInvite } from "@/server/invite/service";

/** The demo sign-ins, also listed in the README. Only ever seeded into an empty embedded database. */
export const DEMO_USERS = [
  { name: "Alex", email: "alex@demo.twofold.local", password: "demo-alex-2024!" },
  { name: "Sam", email: "sam@demo.twofold.local", password: "demo-sam-2024!" },
] as const;

/** Seeds the demo couple through the same services a person uses. Returns false if users exist. */
export async function seedDemoCouple(db: Db): Promise<boolean> {
  const anyone = await db.select({ id: users.id }).from(users).limit(1);
  if (anyone.length > 0) return false;
  const [alex, sam] = DEMO_USERS;
  const inviter = await createAccount(db, alex);
  const partner = await createAccount(db, sam);
  const invite = await createInvite(db, inviter.id);
  await acceptInvite(db, partner.id, { token: invite.token });
  return true;
}
