import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import path from "node:path";
import postgres from "postgres";
import { acquireDataDirLock } from "./pglite-lock";
import * as relations from "./relations";
import * as tables from "./schema";

export const schema = { ...tables, ...relations };
export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A handle or an open transaction: query functions accept either so callers can compose them. */
export type DbOrTx = Db | Tx;
export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Where it lives, without credentials (for health output and logs). */
  location: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/**
 * Opens the database and applies the committed migrations. `url` is a postgres:// URL, memory://
 * for a throwaway PGlite, or undefined for PGlite persisted in `dataDir`.
 */
export async function openDatabase(options: { url?: string; dataDir: string }): Promise<Database> {
  const { url, dataDir } = options;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const client = postgres(url, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema });
    await migratePostgres(db, { migrationsFolder });
    const parsed = new URL(url);
    return {
      db,
      kind: "postgres",
      location: `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`,
      ping: async () => void (await db.execute(sql`select 1`)),
      close: () => client.end({ timeout: 5 }),
    };
  }

  const inMemory = url?.startsWith("memory://") ?? false;
  const directory = path.join(dataDir, "pglite");
  const release = inMemory ? () => {} : acquireDataDirLock(dataDir);
  try {
    const client = inMemory ? new PGlite() : new PGlite(directory);
    await client.waitReady;
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    return {
      db,
      kind: "pglite",
      location: inMemory ? "memory" : directory,
      ping: async () => void (await db.execute(sql`select 1`)),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
