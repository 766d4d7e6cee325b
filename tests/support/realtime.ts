import Pusher from "pusher-js";
import type { Db } from "@/db";
import { createSession, resolveSession, type Viewer } from "@/server/auth/sessions";
import { authorizeChannel } from "@/server/realtime/authorize";
import { realtimeConfig } from "@/server/realtime/config";
import { startPusherServer, type PusherServer } from "@/server/realtime/pusher-server";

const state = globalThis as unknown as { __twofoldRealtime?: Promise<PusherServer> };

/** The embedded server the app publishes to during integration tests: one per test process. */
export function embeddedRealtime(): Promise<PusherServer> {
  state.__twofoldRealtime ??= startEmbedded();
  return state.__twofoldRealtime;
}

export function startEmbedded(overrides: Partial<Parameters<typeof startPusherServer>[0]> = {}): Promise<PusherServer> {
  const config = realtimeConfig();
  return startPusherServer({ appId: config.appId, key: config.key, secret: config.secret, port: config.port ?? 6001, ...overrides });
}

export async function restartEmbedded(): Promise<PusherServer> {
  const current = await embeddedRealtime();
  await current.close();
  state.__twofoldRealtime = startEmbedded();
  return state.__twofoldRealtime;
}

/**
 * A real pusher-js client (its Node build) as a person's device. Channel authorization runs the
 * app's own rule (server/realtime/authorize.ts) for this viewer, as the /api/realtime/auth route does.
 */
export function deviceFor(db: Db, viewer: Viewer | null, options: { forgeAuth?: boolean; port?: number } = {}) {
  const config = realtimeConfig();
  return new Pusher(config.key, {
    cluster: "",
    wsHost: "127.0.0.1",
    wsPort: options.port ?? config.port ?? 6001,
    forceTLS: false,
    enabledTransports: ["ws"],
    disableStats: true,
    channelAuthorization: {
      endpoint: "/unused",
      transport: "ajax",
      customHandler: ({ socketId, channelName }, callback) => {
        if (options.forgeAuth) return callback(null, { auth: `${config.key}:${"0".repeat(64)}` });
        authorizeChannel(db, viewer, socketId, channelName).then(
          (auth) => (auth ? callback(null, auth) : callback(new Error("Not allowed on this channel (403)"), null)),
          (error: unknown) => callback(error as Error, null),
        );
      },
    },
  });
}

export function waitForState(client: Pusher, wanted: string, timeoutMs = 10_000): Promise<void> {
  if (client.connection.state === wanted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`connection did not become ${wanted} (is ${client.connection.state})`)), timeoutMs);
    const onChange = ({ current }: { current: string }) => {
      if (current !== wanted) return;
      clearTimeout(timer);
      client.connection.unbind("state_change", onChange);
      resolve();
    };
    client.connection.bind("state_change", onChange);
  });
}

type Outcome = { ok: true } | { ok: false; error: unknown };

/** Subscribes and resolves when the server answers: subscription_succeeded or an error. */
export function subscribe(client: Pusher, channelName: string, timeoutMs = 10_000): Promise<Outcome> {
  const channel = client.subscribe(channelName);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to subscribing ${channelName}`)), timeoutMs);
    channel.bind("pusher:subscription_succeeded", () => {
      clearTimeout(timer);
      resolve({ ok: true });
    });
    channel.bind("pusher:subscription_error", (error: unknown) => {
      clearTimeout(timer);
      resolve({ ok: false, error });
    });
  });
}

/** Collects every event of this name on a channel, for later assertions. */
export function collect<T = unknown>(client: Pusher, channelName: string, eventName: string): T[] {
  const received: T[] = [];
  client.channel(channelName)?.bind(eventName, (data: T) => received.push(data));
  return received;
}

export async function until(check: () => boolean, timeoutMs = 10_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Lets a little time pass, for asserting that something did NOT arrive. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

const phones: Pusher[] = [];

/**
 * A signed-in person's phone: a connected pusher-js client with a fresh session of theirs, or with
 * the given session (a therapist's, which passed two-step sign-in).
 */
export async function phoneOf(db: Db, userId: string, sessionToken?: string): Promise<Pusher> {
  const client = deviceFor(db, await resolveSession(db, sessionToken ?? (await createSession(db, userId))));
  phones.push(client);
  await waitForState(client, "connected");
  return client;
}

/** Disconnects every phone opened with `phoneOf` (call it in afterEach). */
export function hangUpPhones(): void {
  for (const client of phones.splice(0)) client.disconnect();
}
