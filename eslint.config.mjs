import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "db/migrations/**", "next-env.d.ts"]),
  {
    rules: {
      // One module reads the environment: server/env.ts (Next's own NODE_ENV / NEXT_RUNTIME markers aside).
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through server/env.ts." }],
    },
  },
  {
    files: ["server/env.ts", "instrumentation.ts", "scripts/**", "tests/**", "playwright.config.ts", "vitest.config.mts"],
    rules: { "no-restricted-properties": "off" },
  },
]);
