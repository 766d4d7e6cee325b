import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// Table shapes follow @auth/drizzle-adapter so OAuth or email providers can be added later.
export const users = pgTable("users", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name").notNull(),
  // Always stored lower-cased and trimmed (server/account/schema.ts), so the unique index is case-insensitive.
  email: text("email").notNull().unique(),
  emailVerified: timestamp("email_verified", { mode: "date", withTimezone: true }),
  image: text("image"),
  passwordHash: text("password_hash"),
  // Part of the person's realtime channel name; "sign out of every device" bumps it, so sockets
  // still open on old devices stop hearing anything, even with an external Pusher server.
  realtimeEpoch: integer("realtime_epoch").notNull().default(0),
  // A therapist account is never a partner in a couple, and only therapists reach therapist pages.
  role: text("role").$type<"partner" | "therapist">().notNull().default("partner"),
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

/**
 * One row per signed-in device. Auth.js keeps the session in a signed JWT cookie that carries
 * this row's token; every request checks the row still exists, so deleting it (sign out, sign
 * out of every device) ends that session server-side even though the cookie is still valid.
 */
export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  // When this session passed two-step sign-in (therapists need it to see any couple's data).
  secondFactorAt: timestamp("second_factor_at", { mode: "date", withTimezone: true }),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Store for rate-limiter-flexible's RateLimiterDrizzle: counts survive restarts and hold across instances. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull(),
  expire: timestamp("expire", { mode: "date", withTimezone: true }),
});
