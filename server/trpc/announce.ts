import "server-only";
import { coupleChannel, userChannel, type RealtimeEvent } from "@/server/realtime/events";
import { announce } from "@/server/realtime/publish";
import type { Audience } from "@/server/safety/holds";

/**
 * Announces a change to exactly those who can see it: the couple's channel when the partner can,
 * otherwise only the writer's own channel (their other devices). The partner never receives an
 * event for something they cannot see — an event with no content would still say it happened.
 */
export function announceTo(
  ctx: { user: { id: string }; realtimeEpoch: number },
  target: { coupleId: string | null; audience: Audience },
  event: RealtimeEvent,
): Promise<void> {
  const channel = target.audience === "couple" && target.coupleId ? coupleChannel(target.coupleId) : userChannel(ctx.user.id, ctx.realtimeEpoch);
  return announce([channel], event);
}
