import type { DbOrTx } from "./client";

const byHandle = new WeakMap<DbOrTx, Map<string, unknown>>();

/**
 * A query built once per database handle and then only executed. Drizzle builds the SQL text of a
 * query every time it runs (about half a millisecond for a join); the queries that run on every
 * request (the session, the membership) are built once instead. Inside a transaction the handle is
 * new each time, so it is simply built for that transaction.
 */
export function prepared<T>(db: DbOrTx, name: string, build: (db: DbOrTx) => T): T {
  let queries = byHandle.get(db);
  if (!queries) byHandle.set(db, (queries = new Map()));
  let query = queries.get(name) as T | undefined;
  if (!query) queries.set(name, (query = build(db)));
  return query;
}
