import "server-only";
import { and, desc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db";
import { prepared } from "@/db/prepared";
import { coupleMembers, couples, users } from "@/db/schema";

export interface ActiveMembership {
  coupleId: string;
  membershipId: string;
  since: Date;
  partner: { id: string; name: string };
}

const partnerMember = alias(coupleMembers, "partner_member");

/** The one active couple this user belongs to, with their partner, or null. */
export async function findActiveMembership(db: DbOrTx, userId: string): Promise<ActiveMembership | null> {
  const [row] = await prepared(db, "active_membership", (handle) =>
    handle
      .select({
        coupleId: couples.id,
        membershipId: coupleMembers.id,
        since: couples.createdAt,
        partnerId: users.id,
        partnerName: users.name,
      })
      .from(coupleMembers)
      .innerJoin(couples, and(eq(couples.id, coupleMembers.coupleId), isNull(couples.endedAt)))
      .innerJoin(partnerMember, and(eq(partnerMember.coupleId, couples.id), ne(partnerMember.userId, sql.placeholder("userId"))))
      .innerJoin(users, eq(users.id, partnerMember.userId))
      .where(and(eq(coupleMembers.userId, sql.placeholder("userId")), isNull(coupleMembers.leftAt)))
      .limit(1)
      .prepare("active_membership"),
  ).execute({ userId });
  if (!row) return null;
  return {
    coupleId: row.coupleId,
    membershipId: row.membershipId,
    since: row.since,
    partner: { id: row.partnerId, name: row.partnerName },
  };
}

/**
 * The most recent ended couple whose closing this user has not acknowledged yet. Deliberately says
 * nothing about who left or why: the notice is neutral.
 */
export async function findUnseenEnding(db: DbOrTx, userId: string): Promise<{ membershipId: string; endedAt: Date } | null> {
  const [row] = await db
    .select({ membershipId: coupleMembers.id, endedAt: couples.endedAt })
    .from(coupleMembers)
    .innerJoin(couples, eq(couples.id, coupleMembers.coupleId))
    .where(and(eq(coupleMembers.userId, userId), isNotNull(couples.endedAt), isNull(coupleMembers.endNoticeDismissedAt)))
    .orderBy(desc(couples.endedAt))
    .limit(1);
  return row?.endedAt ? { membershipId: row.membershipId, endedAt: row.endedAt } : null;
}
