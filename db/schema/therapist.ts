import { sql } from "drizzle-orm";
import { bigint, boolean, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { couples } from "./couples";

/** What a couple can let a therapist see; the therapist sees what *both* partners granted. */
export type TherapistScope = "answers" | "boundaries" | "commitments" | "moods";
/** "all": everything so far and from now on; "from-now": only what is made after consenting. */
export type ConsentHistory = "all" | "from-now";

/**
 * A therapist's own account details. Twofold verifies none of them and says so. The TOTP secret is
 * for the second sign-in step; `totpLastStep` refuses a code that was already used.
 */
export const therapistProfiles = pgTable("therapist_profiles", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  practice: text("practice"),
  credentials: text("credentials"),
  totpSecret: text("totp_secret"),
  totpEnabledAt: timestamp("totp_enabled_at", { mode: "date", withTimezone: true }),
  totpLastStep: bigint("totp_last_step", { mode: "number" }),
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});

/** A partner's single-use invitation to a therapist: a link token and a short code, both stored hashed. */
export const therapistInvites = pgTable(
  "therapist_invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    tokenHash: text("token_hash").notNull().unique(),
    codeHash: text("code_hash").notNull().unique(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { mode: "date", withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { mode: "date", withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { mode: "date", withTimezone: true }),
  },
  (t) => [index("therapist_invites_couple_idx").on(t.coupleId)],
);

/**
 * A therapist working with a couple. It grants nothing by itself: access is active only while it
 * is not ended, the couple has not ended, and both current partners have consented.
 */
export const therapistLinks = pgTable(
  "therapist_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    therapistId: text("therapist_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    // Set when either partner revokes (no reason asked, and the therapist isn't told who).
    endedAt: timestamp("ended_at", { mode: "date", withTimezone: true }),
  },
  (t) => [
    uniqueIndex("therapist_links_one_open_idx").on(t.coupleId, t.therapistId).where(sql`${t.endedAt} is null`),
    index("therapist_links_therapist_idx").on(t.therapistId),
  ],
);

/** One partner's consent to one link: the scopes they grant and how far back. A change is a new row. */
export const therapistConsents = pgTable(
  "therapist_consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    linkId: uuid("link_id")
      .notNull()
      .references(() => therapistLinks.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    scopes: jsonb("scopes").$type<TherapistScope[]>().notNull(),
    history: text("history").$type<ConsentHistory>().notNull(),
    grantedAt: timestamp("granted_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    replacedAt: timestamp("replaced_at", { mode: "date", withTimezone: true }),
  },
  (t) => [uniqueIndex("therapist_consents_current_idx").on(t.linkId, t.userId).where(sql`${t.replacedAt} is null`)],
);

/**
 * Every therapist read of a couple's data: which scope, what kind of record, when — never the
 * content, and no user id (so it outlives a deleted account without naming anyone). Append-only:
 * a trigger (migration 0009) makes the database refuse UPDATE, DELETE and TRUNCATE.
 */
export const therapistAccessLog = pgTable(
  "therapist_access_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    linkId: uuid("link_id").notNull(),
    coupleId: uuid("couple_id").notNull(),
    scope: text("scope").$type<TherapistScope | "summary" | "homework">().notNull(),
    recordKind: text("record_kind").notNull(),
    at: timestamp("at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("therapist_access_log_couple_idx").on(t.coupleId, t.at)],
);

/** Homework: an exercise from the library, with an optional note and due date. */
export const therapistAssignments = pgTable(
  "therapist_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    linkId: uuid("link_id")
      .notNull()
      .references(() => therapistLinks.id, { onDelete: "cascade" }),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    templateSlug: text("template_slug").notNull(),
    note: text("note"),
    dueOn: date("due_on", { mode: "string" }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("therapist_assignments_link_idx").on(t.linkId)],
);

/** The therapist's notes: private to them, or shared with both partners. */
export const therapistNotes = pgTable(
  "therapist_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    linkId: uuid("link_id")
      .notNull()
      .references(() => therapistLinks.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    shared: boolean("shared").notNull(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("therapist_notes_link_idx").on(t.linkId, t.createdAt)],
);
