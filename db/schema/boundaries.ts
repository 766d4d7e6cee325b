import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { couples } from "./couples";
import { exerciseAgreementDrafts } from "./exercises";
import type { TextHold } from "./holds";

import type { BoundaryCategory } from "@/server/boundaries/categories";

export const boundaries = pgTable(
  "boundaries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    status: text("status").$type<"proposed" | "agreed" | "retired">().notNull().default("proposed"),
    // The version number both agreed to last (in force while a newer one is discussed).
    agreedVersion: integer("agreed_version"),
    // The newest version number: every action names the version it saw (optimistic check).
    latestVersion: integer("latest_version").notNull().default(1),
    // Bumped by every change (agree, new version, revisit, retire): actions name the revision they
    // saw, so two partners acting on the same state at once get exactly one outcome.
    revision: integer("revision").notNull().default(1),
    revisitRequestedBy: text("revisit_requested_by").references(() => users.id, { onDelete: "set null" }),
    revisitRequestedAt: timestamp("revisit_requested_at", { mode: "date", withTimezone: true }),
    retireProposedBy: text("retire_proposed_by").references(() => users.id, { onDelete: "set null" }),
    retireProposedAt: timestamp("retire_proposed_at", { mode: "date", withTimezone: true }),
    retiredAt: timestamp("retired_at", { mode: "date", withTimezone: true }),
    // The exercise draft both agreed to, when the boundary was proposed from one (once per draft).
    sourceDraftId: uuid("source_draft_id").references(() => exerciseAgreementDrafts.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("boundaries_couple_idx").on(t.coupleId), uniqueIndex("boundaries_source_draft_idx").on(t.sourceDraftId)],
);

/** Immutable: a change is a new version; nothing here is ever updated or deleted by the app. */
export const boundaryVersions = pgTable(
  "boundary_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boundaryId: uuid("boundary_id")
      .notNull()
      .references(() => boundaries.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    category: text("category").$type<BoundaryCategory>().notNull(),
    reviewOn: date("review_on", { mode: "string" }),
    proposedBy: text("proposed_by").references(() => users.id, { onDelete: "set null" }),
    proposedAt: timestamp("proposed_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("boundary_versions_number_idx").on(t.boundaryId, t.number)],
);

/** Each partner's explicit yes to one exact version (the proposer's is recorded on proposing). */
export const boundaryConsents = pgTable(
  "boundary_consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => boundaryVersions.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    consentedAt: timestamp("consented_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("boundary_consents_once_idx").on(t.versionId, t.userId)],
);

export const boundaryComments = pgTable(
  "boundary_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boundaryId: uuid("boundary_id")
      .notNull()
      .references(() => boundaries.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    hold: text("hold").$type<TextHold>(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("boundary_comments_boundary_idx").on(t.boundaryId, t.createdAt)],
);

export type BoundaryEventKind = "proposed" | "changed" | "agreed" | "revisit-requested" | "retire-proposed" | "retired" | "commented" | "reviewed";

/**
 * Append-only history of what happened to a boundary and when, for the trust timeline. Carries
 * the version number it concerns, never text (the text lives in the immutable versions).
 */
export const boundaryEvents = pgTable(
  "boundary_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boundaryId: uuid("boundary_id")
      .notNull()
      .references(() => boundaries.id, { onDelete: "cascade" }),
    kind: text("kind").$type<BoundaryEventKind>().notNull(),
    version: integer("version").notNull(),
    byUserId: text("by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("boundary_events_boundary_idx").on(t.boundaryId, t.createdAt)],
);

/** One partner's "we looked at it" for a review date: ends that person's reminder, binds nobody. */
export const boundaryReviewAcks = pgTable(
  "boundary_review_acks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boundaryId: uuid("boundary_id")
      .notNull()
      .references(() => boundaries.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reviewOn: date("review_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("boundary_review_acks_once_idx").on(t.boundaryId, t.userId, t.reviewOn)],
);
