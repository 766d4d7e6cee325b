import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { getDatabase, type Db } from "@/db";

const state = globalThis as unknown as { __twofoldTestReset?: Promise<void> };

/**
 * Once per test process: on PostgreSQL, drop whatever an earlier run left so the committed
 * migrations apply to an empty schema. PGlite tests use a fresh in-memory database.
 */
export function resetDatabase(): Promise<void> {
  state.__twofoldTestReset ??= (async () => {
    const url = process.env.DATABASE_URL ?? "";
    if (/^postgres(ql)?:\/\//.test(url)) {
      const client = postgres(url, { max: 1, onnotice: () => {} });
      await client.unsafe("drop schema if exists public cascade; create schema public; drop schema if exists drizzle cascade;");
      await client.end();
    }
    await getDatabase();
  })();
  return state.__twofoldTestReset;
}

export async function testDb() {
  await resetDatabase();
  return (await getDatabase()).db;
}

export async function truncateAll(): Promise<void> {
  const db = await testDb();
  const result = await db.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public'`);
  const rows = (Array.isArray(result) ? result : (result as { rows: { tablename: string }[] }).rows) as { tablename: string }[];
  if (rows.length === 0) return;
  // The therapist access log is append-only: the database refuses TRUNCATE too (and rows there are
  // keyed by couple, so tests never see another test's rows).
  const names = rows
    .filter((row) => row.tablename !== "therapist_access_log")
    .map((row) => `"${row.tablename}"`)
    .join(", ");
  await db.execute(sql.raw(`truncate table ${names} restart identity cascade`));
}

export async function countRows(table: PgTable): Promise<number> {
  const db = await testDb();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n ?? 0;
}

/** Rows of a raw `db.execute` result on either driver (postgres-js gives an array, PGlite `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

/** Every text/uuid/jsonb value in every table, as text: for "this never appears anywhere" checks. */
export async function rowsMentioning(db: Db, needle: string): Promise<string[]> {
  const list = rowsOf<{ table_name: string; column_name: string }>(
    await db.execute(sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and data_type in ('text', 'uuid', 'jsonb', 'character varying')`),
  );
  const found: string[] = [];
  for (const { table_name, column_name } of list) {
    const [row] = rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from "${table_name}" where strpos("${column_name}"::text, '${needle.replace(/'/g, "''")}') > 0`)));
    const n = row?.n ?? 0;
    if (n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}
