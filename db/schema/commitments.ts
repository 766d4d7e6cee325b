import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Cadence, Outcome } from "@/server/commitments/periods";
import { users } from "./auth";
import { couples } from "./couples";
import { exerciseAgreementDrafts } from "./exercises";
import type { TextHold } from "./holds";

/** A promise one partner makes for themselves only. */
export const commitments = pgTable(
  "commitments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    what: text("what").notNull(),
    why: text("why"),
    question: text("question").notNull(),
    cadence: jsonb("cadence").$type<Cadence>().notNull(),
    startOn: date("start_on", { mode: "string" }).notNull(),
    endOn: date("end_on", { mode: "string" }),
    // Periods are computed in the committer's own zone.
    timeZone: text("time_zone").notNull(),
    status: text("status").$type<"active" | "paused" | "ended">().notNull().default("active"),
    // The exercise draft this commitment grew from, if any.
    sourceDraftId: uuid("source_draft_id").references(() => exerciseAgreementDrafts.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("commitments_couple_idx").on(t.coupleId), uniqueIndex("commitments_source_draft_owner_idx").on(t.sourceDraftId, t.ownerId)],
);

export type CommitmentEventKind = "created" | "acknowledged" | "changed" | "paused" | "resumed" | "ended";
/** What a "changed" event changed: each field's words before and after. */
export type CommitmentChanges = Partial<Record<"what" | "why" | "question" | "endOn", { from: string | null; to: string | null }>>;

/** Append-only history: created, acknowledged, changed, paused, resumed, ended — each with an optional note. */
export const commitmentEvents = pgTable(
  "commitment_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    kind: text("kind").$type<CommitmentEventKind>().notNull(),
    detail: text("detail"),
    changes: jsonb("changes").$type<CommitmentChanges>(),
    byUserId: text("by_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    // The note's supportive-check hold: "held" until the writer shares it or keeps it private.
    noteHold: text("note_hold").$type<TextHold>(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("commitment_events_commitment_idx").on(t.commitmentId, t.createdAt)],
);

/** One check-in per period; never edited. */
export const commitmentCheckIns = pgTable(
  "commitment_check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    period: date("period", { mode: "string" }).notNull(),
    outcome: text("outcome").$type<Outcome>().notNull(),
    note: text("note"),
    // The note's supportive-check hold: "held" until the writer shares it or keeps it private.
    noteHold: text("note_hold").$type<TextHold>(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("commitment_check_ins_period_idx").on(t.commitmentId, t.period)],
);

/** The partner's answer to a check-in: "confirmed" or "I'm unsure – let's talk". Once. */
export const checkInResponses = pgTable(
  "check_in_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    checkInId: uuid("check_in_id")
      .notNull()
      .references(() => commitmentCheckIns.id, { onDelete: "cascade" }),
    responderId: text("responder_id").references(() => users.id, { onDelete: "set null" }),
    response: text("response").$type<"confirmed" | "unsure">().notNull(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("check_in_responses_once_idx").on(t.checkInId)],
);
