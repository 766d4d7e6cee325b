import "server-only";
import { getDatabase } from "@/db";
import { env } from "@/server/env";
import { DEMO_USERS, seedDemoCouple } from "@/server/seed";

/**
 * Runs once when the Next.js server starts (instrumentation.ts): opens the database, which applies
 * migrations, and seeds the demo couple into an empty embedded database.
 */
export async function boot(): Promise<void> {
  // `next build` must never open PGlite: its workers would be a second process on .data/.
  if (env.NEXT_PHASE === "phase-production-build") return;
  let database;
  try {
    database = await getDatabase();
  } catch (error) {
    // A clear one-line reason (e.g. another process holds .data/) and no half-started server.
    console.error(`[twofold] could not open the database: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(`[twofold] database: ${database.kind} (${database.location}), migrations applied`);
  const seedWanted = env.SEED_DEMO ? env.SEED_DEMO === "true" : database.kind === "pglite";
  if (seedWanted && (await seedDemoCouple(database.db))) {
    // Emails only: logs never hold a password, not even a demo one (the README lists the demo sign-ins).
    console.log(`[twofold] seeded a demo couple: ${DEMO_USERS.map((user) => user.email).join(", ")} (passwords in the README)`);
  }
}
