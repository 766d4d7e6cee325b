import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { coupleMembers, couples, therapistLinks } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { CoupleId } from "./ids";

/**
 * Either partner may leave alone, at any time, without the other's approval. The couple ends for
 * both at once: every query on its data filters on active membership, so access stops here.
 */
export async function leaveCouple(db: Db, coupleId: CoupleId, userId: string): Promise<{ endedAt: Date; endedLinks: Array<{ id: string; therapistId: string }> }> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const [ended] = await tx
      .update(couples)
      .set({ endedAt: now })
      .where(and(eq(couples.id, coupleId), isNull(couples.endedAt)))
      .returning({ endedAt: couples.endedAt });
    // The partner left in the same moment: the couple is already closed, which is what was asked.
    if (!ended) throw new AppError("NOT_FOUND", "This shared space has already been closed.");
    await tx
      .update(coupleMembers)
      .set({ leftAt: now })
      .where(and(eq(coupleMembers.coupleId, coupleId), isNull(coupleMembers.leftAt)));
    // Leaving ends every therapist's access to this couple, for good.
    const endedLinks = await tx
      .update(therapistLinks)
      .set({ endedAt: now })
      .where(and(eq(therapistLinks.coupleId, coupleId), isNull(therapistLinks.endedAt)))
      .returning({ id: therapistLinks.id, therapistId: therapistLinks.therapistId });
    // The person who left needs no notice about their own choice.
    await tx
      .update(coupleMembers)
      .set({ endNoticeDismissedAt: now })
      .where(and(eq(coupleMembers.coupleId, coupleId), eq(coupleMembers.userId, userId)));
    return { endedAt: now, endedLinks };
  });
}

export async function dismissEndingNotice(db: Db, userId: string): Promise<void> {
  await db
    .update(coupleMembers)
    .set({ endNoticeDismissedAt: new Date() })
    .where(and(eq(coupleMembers.userId, userId), isNotNull(coupleMembers.leftAt), isNull(coupleMembers.endNoticeDismissedAt)));
}
