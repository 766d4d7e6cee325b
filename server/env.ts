import { createEnv } from "@t3-oss/env-nextjs";
import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads process.env. Every variable is optional: with none set, Twofold runs on
 * an embedded PGlite database under .data/ and generates its own AUTH_SECRET there.
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    // postgres://… uses a PostgreSQL server; memory:// an in-memory PGlite (tests); unset: PGlite in DATA_DIR.
    DATABASE_URL: z
      .string()
      .regex(/^(postgres|postgresql|memory):\/\//, "DATABASE_URL must start with postgres://, postgresql:// or memory://")
      .optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    // Demo couple on an empty embedded database; never on a PostgreSQL server unless asked for.
    SEED_DEMO: z.enum(["true", "false"]).optional(),
    NEXT_PHASE: z.string().optional(),
    // Realtime: the embedded Pusher-protocol server's port, or an external Pusher-compatible service.
    REALTIME_PORT: z.coerce.number().int().min(1).max(65535).default(6001),
    PUSHER_APP_ID: z.string().min(1).optional(),
    PUSHER_KEY: z.string().min(1).optional(),
    PUSHER_SECRET: z.string().min(1).optional(),
    PUSHER_CLUSTER: z.string().min(1).optional(),
    PUSHER_HOST: z.string().min(1).optional(),
    PUSHER_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    PUSHER_USE_TLS: z.enum(["true", "false"]).optional(),
  },
  client: {},
  emptyStringAsUndefined: true,
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL,
    DATA_DIR: process.env.DATA_DIR,
    AUTH_SECRET: process.env.AUTH_SECRET,
    SEED_DEMO: process.env.SEED_DEMO,
    NEXT_PHASE: process.env.NEXT_PHASE,
    REALTIME_PORT: process.env.REALTIME_PORT,
    PUSHER_APP_ID: process.env.PUSHER_APP_ID,
    PUSHER_KEY: process.env.PUSHER_KEY,
    PUSHER_SECRET: process.env.PUSHER_SECRET,
    PUSHER_CLUSTER: process.env.PUSHER_CLUSTER,
    PUSHER_HOST: process.env.PUSHER_HOST,
    PUSHER_PORT: process.env.PUSHER_PORT,
    PUSHER_USE_TLS: process.env.PUSHER_USE_TLS,
  },
});

export const dataDir = path.resolve(env.DATA_DIR);

export function ensureDataDir(): string {
  if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return dataDir;
}

let cachedSecret: string | undefined;

/**
 * AUTH_SECRET from the environment, else one generated on first use and kept in DATA_DIR/auth-secret.
 * The app and the realtime process may both start at once: the file is written whole under a
 * temporary name and linked into place, so nobody ever reads it half-written.
 */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (cachedSecret) return cachedSecret;
  const file = path.join(ensureDataDir(), "auth-secret");
  if (!existsSync(file)) {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, randomBytes(32).toString("base64url"), { mode: 0o600 });
    try {
      linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      rmSync(temporary, { force: true });
    }
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} does not hold a usable secret; delete it to generate a new one.`);
  cachedSecret = secret;
  return cachedSecret;
}
