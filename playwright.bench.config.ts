import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * `npm run bench:bundle`: the e2e setup (next start, fresh embedded database, Debian Chromium),
 * pointed at the measurements in scripts/bench instead of the test suite.
 */
export default defineConfig({
  ...base,
  testDir: "scripts/bench",
  testMatch: "*.spec.ts",
  globalTeardown: undefined,
  reporter: [["list"]],
});
