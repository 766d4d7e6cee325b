import { getDatabase } from "@/db";
import { env } from "@/server/env";
import { browserRealtimeConfig, realtimeConfig } from "@/server/realtime/config";

export const dynamic = "force-dynamic";

async function databaseHealth() {
  const kind = env.DATABASE_URL?.startsWith("postgres") ? "postgres" : "pglite";
  try {
    const database = await getDatabase();
    await database.ping();
    return { kind: database.kind, ok: true };
  } catch (error) {
    // Details (paths, process ids, server errors) go to the log, not to anyone who asks.
    console.error(`[health] database check failed: ${error instanceof Error ? error.name : "unknown"}`);
    return { kind, ok: false };
  }
}

async function realtimeHealth() {
  const config = realtimeConfig();
  const browser = browserRealtimeConfig(config);
  let ok = false;
  if (config.host) {
    try {
      // Any HTTP answer from the server's own address means it is up and listening.
      const scheme = config.useTLS ? "https" : "http";
      const response = await fetch(`${scheme}://${config.host}${config.port ? `:${config.port}` : ""}/`, { signal: AbortSignal.timeout(1_000) });
      ok = response.status < 500;
    } catch {
      ok = false;
    }
  }
  return { mode: config.mode, ok, key: browser.key, cluster: browser.cluster || null, wsHost: browser.wsHost, wsPort: browser.wsPort };
}

/** Liveness for operators and for the e2e readiness check (which also warms PGlite). */
export async function GET() {
  const [database, realtime] = await Promise.all([databaseHealth(), realtimeHealth()]);
  // The app works without realtime (clients poll), so only the database decides the status code.
  return Response.json({ status: database.ok ? "ok" : "degraded", database, realtime }, { status: database.ok ? 200 : 503 });
}
