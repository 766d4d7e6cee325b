import "server-only";
import { dataDir, env } from "@/server/env";
import { openDatabase, type Database } from "./client";

export type { Db, DbOrTx, Tx, DatabaseKind } from "./client";

// Cached on globalThis so dev hot reload (which re-evaluates modules) never opens PGlite twice.
const globalForDb = globalThis as unknown as { __twofoldDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  if (!globalForDb.__twofoldDatabase) {
    globalForDb.__twofoldDatabase = openDatabase({ url: env.DATABASE_URL, dataDir }).catch((error: unknown) => {
      globalForDb.__twofoldDatabase = undefined;
      throw error;
    });
  }
  return globalForDb.__twofoldDatabase;
}

export async function getDb() {
  return (await getDatabase()).db;
}
