import "server-only";
import type { DbOrTx } from "@/db";
import type { Viewer } from "@/server/auth/sessions";
import { findActiveMembership } from "@/server/couple/queries";
import { therapistAccess } from "@/server/therapist/access";
import { secondFactorPassed } from "@/server/therapist/totp";
import { CARE_CHANNEL, COUPLE_CHANNEL, USER_CHANNEL } from "./events";
import { CHANNEL_NAME, SOCKET_ID } from "./protocol";
import { pusherServer } from "./publish";

/**
 * Who may listen where. `private-user-<id>-<epoch>`: that person only, at their current epoch. `private-couple-<id>` and
 * `presence-couple-<id>-<topic>`: a current member of that couple only. `private-care-<link>`:
 * that link's therapist, while access is active. Everything else is refused. Returns the signed auth, or null for "refuse".
 */
export async function authorizeChannel(
  db: DbOrTx,
  viewer: Viewer | null,
  socketId: string,
  channel: string,
): Promise<{ auth: string; channel_data?: string } | null> {
  if (!viewer || !SOCKET_ID.test(socketId) || !CHANNEL_NAME.test(channel)) return null;

  const user = USER_CHANNEL.exec(channel);
  if (user) {
    const own = user[1] === viewer.user.id && Number(user[2]) === viewer.realtimeEpoch;
    return own ? pusherServer().authorizeChannel(socketId, channel) : null;
  }

  const care = CARE_CHANNEL.exec(channel);
  if (care) {
    // The therapist of this link, while both partners' consent is in force.
    const allowed =
      viewer.user.role === "therapist" &&
      (await secondFactorPassed(db, viewer.user.id, viewer.secondFactor)) &&
      (await therapistAccess(db, viewer.user.id, care[1]!).then(() => true, () => false));
    return allowed ? pusherServer().authorizeChannel(socketId, channel) : null;
  }

  const couple = COUPLE_CHANNEL.exec(channel);
  const presence = /^presence-couple-([0-9a-f-]{36})-[a-z0-9-]{1,60}$/.exec(channel);
  const coupleId = couple?.[1] ?? presence?.[1];
  if (!coupleId) return null;
  const membership = await findActiveMembership(db, viewer.user.id);
  if (membership?.coupleId !== coupleId) return null;
  if (presence) {
    return pusherServer().authorizeChannel(socketId, channel, {
      user_id: viewer.user.id,
      user_info: { name: viewer.user.name },
    });
  }
  return pusherServer().authorizeChannel(socketId, channel);
}
