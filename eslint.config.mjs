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
    // First-load JavaScript budget (tests/e2e/bundle-budget.spec.ts): zod stays on the server, where
    // the schemas are; the forms check with react-hook-form rules and server/<domain>/fields.ts.
    // Recharts loads only with a chart (components/**/*-chart.tsx, behind next/dynamic).
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "zod", message: "Keep zod out of the browser: use react-hook-form rules and server/<domain>/fields.ts.", allowTypeImports: true },
            { name: "@hookform/resolvers/zod", message: "Keep zod out of the browser: use react-hook-form rules and server/<domain>/fields.ts." },
          ],
          patterns: [
            { group: ["@/server/*/schema", "@/server/*/template-schema", "@/server/safety/safety-check"], message: "These import zod: take values from server/<domain>/fields.ts (types are fine).", allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    ignores: ["components/**/*-chart.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "recharts", message: "Charts load when scrolled to: put Recharts in a *-chart.tsx file behind next/dynamic and WhenVisible." }] }],
    },
  },
  {
    files: ["server/env.ts", "instrumentation.ts", "scripts/**", "tests/**", "playwright.config.ts", "vitest.config.mts"],
    rules: { "no-restricted-properties": "off" },
  },
]);
