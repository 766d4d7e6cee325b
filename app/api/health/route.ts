import { getDatabase } from "@/db";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

/** Liveness for operators and for the e2e readiness check (which also warms PGlite). */
export async function GET() {
  const kind = env.DATABASE_URL?.startsWith("postgres") ? "postgres" : "pglite";
  try {
    const database = await getDatabase();
    await database.ping();
    return Response.json({ status: "ok", database: { kind: database.kind, ok: true } });
  } catch (error) {
    const message = error instanceof Error ? error.message : "unavailable";
    return Response.json({ status: "degraded", database: { kind, ok: false, error: message } }, { status: 503 });
  }
}
