/**
 * The embedded realtime server as its own process: `npm start` runs it beside `next start` (a
 * sibling process, so it can restart without the app and never touches the database).
 */
import { writeFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureDataDir } from "@/server/env";
import { realtimeConfig } from "./config";
import { startPusherServer } from "./pusher-server";

async function main() {
  const config = realtimeConfig();
  if (config.mode !== "embedded") {
    console.log("[realtime] an external Pusher-compatible server is configured; the embedded one is not started");
    return;
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
