import { relations } from "drizzle-orm";
import { accounts, coupleInvites, coupleMembers, couples, exerciseSessions, sessions, users } from "./schema";

export const usersRelations = relations(users, ({ many }) => ({
  accounts: many(accounts),
  sessions: many(sessions),
  memberships: many(coupleMembers),
  invites: many(coupleInvites),
}));

export const accountsRelations = relations(accounts, ({ one }) => ({
  user: one(users, { fields: [accounts.userId], references: [users.id] }),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));

export const couplesRelations = relations(couples, ({ many }) => ({
  members: many(coupleMembers),
}));

export const coupleMembersRelations = relations(coupleMembers, ({ one }) => ({
  couple: one(couples, { fields: [coupleMembers.coupleId], references: [couples.id] }),
  user: one(users, { fields: [coupleMembers.userId], references: [users.id] }),
}));

export const coupleInvitesRelations = relations(coupleInvites, ({ one }) => ({
  inviter: one(users, { fields: [coupleInvites.inviterId], references: [users.id] }),
}));

export const exerciseSessionsRelations = relations(exerciseSessions, ({ one }) => ({
  couple: one(couples, { fields: [exerciseSessions.coupleId], references: [couples.id] }),
}));
