import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * `npm run bench:bundle`: the e2e setup (next start, fresh embedded database, Debian Chromium)
 * running only the first-load JavaScript budget spec, which prints the per-route table for
 * docs/benchmarks.md (BUNDLE_DETAIL=1 also lists each route's scripts).
 */
export default defineConfig({
  ...base,
  testMatch: "bundle-budget.spec.ts",
  globalTeardown: undefined,
  reporter: [["list"]],
});
