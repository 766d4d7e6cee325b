import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { couples } from "./couples";
import type { TextHold } from "./holds";

/**
 * A person's daily check-in: mood 1–5, feelings, an optional note. Private by default; sharing is
 * per entry and with one couple (`sharedWithCoupleId`), so it never follows anyone into a new couple.
 */
export const moodCheckIns = pgTable(
  "mood_check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    mood: integer("mood").notNull(),
    feelings: jsonb("feelings").$type<string[]>().notNull(),
    note: text("note"),
    noteHold: text("note_hold").$type<TextHold>(),
    sharedWithCoupleId: uuid("shared_with_couple_id").references(() => couples.id, { onDelete: "set null" }),
    sharedAt: timestamp("shared_at", { mode: "date", withTimezone: true }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("mood_check_ins_day_idx").on(t.userId, t.day), index("mood_check_ins_shared_idx").on(t.sharedWithCoupleId, t.day)],
);
