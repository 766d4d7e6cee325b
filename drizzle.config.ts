import { defineConfig } from "drizzle-kit";

// Used by `npm run db:generate` only: migrations are generated from the schema and committed.
// The app applies them itself at start-up (db/client.ts), on PGlite or PostgreSQL alike.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
