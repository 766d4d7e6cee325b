import { chromium, defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
export const realtimePort = Number(process.env.E2E_REALTIME_PORT ?? 6101);
export const serverLog = ".data/e2e-server.log";

/** Playwright's own Chromium if installed, else CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
function browserPath(): string | undefined {
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return undefined;
  const candidate = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(candidate)) return candidate;
  throw new Error(
    "No Chromium found for e2e tests: run `apt-get install -y chromium` (or `npx playwright install chromium`), or set CHROMIUM_PATH.",
  );
}

export default defineConfig({
  testDir: "tests/e2e",
  globalTeardown: "./tests/e2e/support/log-scan.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Pixel 7"],
    baseURL,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: browserPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // A fresh embedded database for every run; the readiness URL also warms PGlite.
    // The server's whole output also goes to a file, which the teardown scans for anything private.
    command: `rm -rf .data/e2e && mkdir -p .data && node scripts/start.mjs 2>&1 | tee ${serverLog}`,
    url: `${baseURL}/api/health`,
    // The embedded realtime server runs beside the app (as with `npm start`); the realtime spec
    // stops it and the supervisor brings it back after REALTIME_RESTART_DELAY_MS.
    env: { PORT: String(port), DATA_DIR: ".data/e2e", REALTIME_PORT: String(realtimePort), REALTIME_RESTART_DELAY_MS: "8000" },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
