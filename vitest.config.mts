import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// Unit tests run in a non-UTC zone so time-zone bugs fail here rather than for users.
process.env.TZ = "America/New_York";

const resolve = {
  alias: {
    "@": path.resolve(import.meta.dirname),
    // The real package throws outside React Server Components; tests import server modules directly.
    "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
  },
};

function integration(name: string, databaseUrl: string, realtimePort: number, exclude: string[] = []): TestProjectInlineConfiguration {
  return {
    resolve,
    test: {
      name: `integration:${name}`,
      include: ["tests/integration/**/*.test.ts"],
      exclude,
      setupFiles: ["tests/integration/setup.ts"],
      // One process and one module graph for every file: a single database instance (PGlite takes
      // seconds to start), truncated between tests.
      pool: "forks",
      isolate: false,
      fileParallelism: false,
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // Each project runs its own embedded realtime server (tests/support/realtime.ts) on its own port.
      env: { DATABASE_URL: databaseUrl, DATA_DIR: path.resolve(import.meta.dirname, ".data/test"), NODE_ENV: "test", REALTIME_PORT: String(realtimePort) },
    },
  };
}

const projects: TestProjectInlineConfiguration[] = [
  { resolve, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], env: { DATA_DIR: path.resolve(import.meta.dirname, ".data/test") } } },
  integration("pglite", "memory://", 6191),
];
// CI sets TEST_DATABASE_URL: the same integration suite then also runs against PostgreSQL.
if (process.env.TEST_DATABASE_URL) {
  // The embedded-database lock is about PGlite only; it already ran in the pglite project.
  projects.push(integration("postgres", process.env.TEST_DATABASE_URL, 6192, ["tests/integration/pglite-lock.test.ts"]));
}

export default defineConfig({ test: { projects } });
