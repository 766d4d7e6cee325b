#!/usr/bin/env node
// `npm start`: build if the sources changed since the last build, then run the app (`next start`)
// and the embedded realtime server as a supervised sibling process (it exits by itself when an
// external Pusher-compatible server is configured). The app applies migrations and seeds the demo couple itself (instrumentation.ts),
// so the embedded database is opened by exactly one process. `--dev` runs `next dev` instead.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxBin = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "components", "db", "server", "lib", "public", "instrumentation.ts", "proxy.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];

function newestChange(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce((latest, child) => Math.max(latest, newestChange(path.join(entry, child))), stat.mtimeMs);
}

if (!dev) {
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (builtAt === 0 || sources.some((entry) => newestChange(entry) > builtAt)) {
    console.log(builtAt === 0 ? "[twofold] building (first run)…" : "[twofold] sources changed: rebuilding…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

const NOT_NEEDED = 78; // server/realtime/main.ts: an external Pusher-compatible server is configured
const restartDelayMs = Number(process.env.REALTIME_RESTART_DELAY_MS ?? 1000);
let stopping = false;
let realtime = null;

function startRealtime() {
  realtime = spawn(process.execPath, [tsxBin, "server/realtime/main.ts"], { cwd: root, stdio: "inherit" });
  realtime.on("exit", (code, signal) => {
    realtime = null;
    if (stopping || code === NOT_NEEDED) return;
    // Supervised: if the realtime server dies, the app keeps working (clients poll) and it comes back.
    console.log(`[twofold] realtime server stopped (${signal ?? code}); restarting in ${restartDelayMs} ms`);
    setTimeout(() => !stopping && startRealtime(), restartDelayMs);
  });
}
startRealtime();

const port = process.env.PORT || "3000";
const app = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { cwd: root, stdio: "inherit" });
function stop(signal) {
  stopping = true;
  realtime?.kill(signal);
  app.kill(signal);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
app.on("exit", (code, signal) => {
  stopping = true;
  realtime?.kill("SIGTERM");
  process.exit(code ?? (signal ? 1 : 0));
});
console.log(`[twofold] starting on http://localhost:${port}`);
