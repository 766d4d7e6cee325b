import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { therapistAssignments } from "./therapist";
import { couples } from "./couples";
import type { TextHold } from "./holds";

export const exerciseSessions = pgTable(
  "exercise_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    templateSlug: text("template_slug").notNull(),
    templateVersion: integer("template_version").notNull(),
    // The template exactly as it was when the session started: later edits never change it.
    template: jsonb("template").notNull(),
    status: text("status").$type<"active" | "completed" | "abandoned">().notNull().default("active"),
    stepIndex: integer("step_index").notNull().default(0),
    startedBy: text("started_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { mode: "date", withTimezone: true }),
    breakUntil: timestamp("break_until", { mode: "date", withTimezone: true }),
    breakBy: text("break_by").references(() => users.id, { onDelete: "set null" }),
    // Started as the therapist's homework; the therapist sees when it is done.
    assignmentId: uuid("assignment_id").references(() => therapistAssignments.id, { onDelete: "set null" }),
  },
  (t) => [index("exercise_sessions_couple_idx").on(t.coupleId, t.startedAt), index("exercise_sessions_assignment_idx").on(t.assignmentId)],
);

/** What one person did on one step: a private answer, a reflection, an acknowledgement. */
export const exerciseEntries = pgTable(
  "exercise_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => exerciseSessions.id, { onDelete: "cascade" }),
    stepIndex: integer("step_index").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    answer: jsonb("answer"),
    // A private-then-reveal answer held back by the supportive check until its writer chooses.
    hold: text("hold").$type<TextHold>(),
    // Submitted / acknowledged / agreed, depending on the step kind.
    doneAt: timestamp("done_at", { mode: "date", withTimezone: true }),
    // private-then-reveal only: seen the reveal and ready for the next step.
    movedOnAt: timestamp("moved_on_at", { mode: "date", withTimezone: true }),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("exercise_entries_one_per_step_idx").on(t.sessionId, t.stepIndex, t.userId)],
);

/** The speaker–listener exchange of a `turns` step, one row per message, in order. */
export const exerciseTurnMessages = pgTable(
  "exercise_turn_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => exerciseSessions.id, { onDelete: "cascade" }),
    stepIndex: integer("step_index").notNull(),
    seq: integer("seq").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"speak" | "paraphrase" | "confirm" | "correct">().notNull(),
    body: text("body"),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("exercise_turn_messages_seq_idx").on(t.sessionId, t.stepIndex, t.seq)],
);

/** The shared draft of an `agreement` step, until the agreements feature takes it over. */
export const exerciseAgreementDrafts = pgTable(
  "exercise_agreement_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => exerciseSessions.id, { onDelete: "cascade" }),
    stepIndex: integer("step_index").notNull(),
    produces: text("produces").$type<"boundary" | "commitment">().notNull(),
    title: text("title").notNull(),
    details: text("details").notNull(),
    editedBy: text("edited_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("exercise_agreement_drafts_step_idx").on(t.sessionId, t.stepIndex)],
);
