import "server-only";
import Pusher from "pusher";
import { realtimeConfig } from "./config";
import { REALTIME_EVENT_NAME, type RealtimeEvent } from "./events";

const globalForPusher = globalThis as unknown as { __twofoldPusher?: Pusher };

/** The official `pusher` SDK, pointed at the embedded server or the configured external one. */
export function pusherServer(): Pusher {
  if (!globalForPusher.__twofoldPusher) {
    const config = realtimeConfig();
    globalForPusher.__twofoldPusher = new Pusher({
      appId: config.appId,
      key: config.key,
      secret: config.secret,
      cluster: config.cluster || "mt1",
      ...(config.host ? { host: config.host } : {}),
      ...(config.port ? { port: String(config.port) } : {}),
      useTLS: config.useTLS,
      timeout: 2_000,
    });
  }
  return globalForPusher.__twofoldPusher;
}

/**
 * Announce a change after its write has committed. A realtime failure is logged (kind only, never
 * content) and swallowed: it must never fail or undo the user's write; clients catch up by polling.
 */
export async function announce(channels: string[], event: RealtimeEvent): Promise<void> {
  if (channels.length === 0) return;
  try {
    await pusherServer().trigger(channels, REALTIME_EVENT_NAME, event);
  } catch (error) {
    const status = (error as { status?: number }).status;
    console.warn(`[realtime] could not announce a "${event.kind}" change${status ? ` (HTTP ${status})` : ""}`);
  }
}
