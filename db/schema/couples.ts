import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

export const couples = pgTable("couples", {
  id: uuid("id").primaryKey().defaultRandom(),
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  // Set when either partner leaves. An ended couple is never reopened: both lose access at once.
  endedAt: timestamp("ended_at", { mode: "date", withTimezone: true }),
});

export const coupleMembers = pgTable(
  "couple_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: timestamp("joined_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp("left_at", { mode: "date", withTimezone: true }),
    // The partner who stayed sees a neutral notice until they dismiss it.
    endNoticeDismissedAt: timestamp("end_notice_dismissed_at", { mode: "date", withTimezone: true }),
  },
  (t) => [
    uniqueIndex("couple_members_couple_user_idx").on(t.coupleId, t.userId),
    // The database itself refuses a second active couple for one person.
    uniqueIndex("couple_members_one_active_idx").on(t.userId).where(sql`${t.leftAt} is null`),
  ],
);

export const coupleInvites = pgTable(
  "couple_invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inviterId: text("inviter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Only keyed hashes are stored: a database reader cannot turn a row back into a working link or code.
    tokenHash: text("token_hash").notNull().unique(),
    codeHash: text("code_hash").notNull().unique(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { mode: "date", withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { mode: "date", withTimezone: true }),
    acceptedBy: text("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { mode: "date", withTimezone: true }),
  },
  (t) => [
    index("couple_invites_inviter_idx").on(t.inviterId),
    uniqueIndex("couple_invites_one_open_idx")
      .on(t.inviterId)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
  ],
);
