/**
 * The embedded realtime server as its own process: `npm start` runs it beside `next start` (a
 * sibling process, so it can restart without the app and never touches the database).
 * Exit code 78 means "not needed here" (an external server is configured): don't restart it.
 */
import { loadEnvConfig } from "@next/env";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const NOT_NEEDED_EXIT_CODE = 78;

async function main() {
  // Read .env files exactly as Next.js does, so both processes derive the same secret.
  loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
  const { ensureDataDir } = await import("@/server/env");
  const { realtimeConfig } = await import("./config");
  const { startPusherServer } = await import("./pusher-server");

  const config = realtimeConfig();
  if (config.mode !== "embedded") {
    console.log("[realtime] an external Pusher-compatible server is configured; the embedded one is not started");
    process.exit(NOT_NEEDED_EXIT_CODE);
  }
  const server = await startPusherServer({
    appId: config.appId,
    key: config.key,
    secret: config.secret,
    // Listens on every interface so phones on the same network reach it like the app itself.
    host: "0.0.0.0",
    port: config.port ?? 6001,
    log: (line) => console.log(line),
  });
  const pidFile = path.join(ensureDataDir(), "realtime.pid");
  writeFileSync(pidFile, String(process.pid));
  const stop = async () => {
    rmSync(pidFile, { force: true });
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`[realtime] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
