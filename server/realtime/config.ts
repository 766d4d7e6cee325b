import { createHmac } from "node:crypto";
import { authSecret, env } from "@/server/env";

export interface RealtimeConfig {
  /** embedded: Twofold's own server beside the app; external: Pusher Channels or a compatible server. */
  mode: "embedded" | "external";
  appId: string;
  key: string;
  secret: string;
  cluster: string;
  host: string | null;
  port: number | null;
  useTLS: boolean;
}

/** What the browser needs: never the secret. */
export interface BrowserRealtimeConfig {
  key: string;
  cluster: string;
  /** A host name, "page" for the host the page came from, or null for the cluster's own host. */
  wsHost: string | null;
  wsPort: number | null;
  forceTLS: boolean;
}

/**
 * With PUSHER_APP_ID/KEY/SECRET and PUSHER_CLUSTER or PUSHER_HOST set, the app uses that server;
 * otherwise the embedded one, whose secret is derived from AUTH_SECRET so the app and the sibling
 * realtime process agree without any configuration.
 */
export function realtimeConfig(): RealtimeConfig {
  if (env.PUSHER_APP_ID && env.PUSHER_KEY && env.PUSHER_SECRET && (env.PUSHER_CLUSTER || env.PUSHER_HOST)) {
    return {
      mode: "external",
      appId: env.PUSHER_APP_ID,
      key: env.PUSHER_KEY,
      secret: env.PUSHER_SECRET,
      cluster: env.PUSHER_CLUSTER ?? "",
      host: env.PUSHER_HOST ?? null,
      port: env.PUSHER_PORT ?? null,
      useTLS: env.PUSHER_USE_TLS ? env.PUSHER_USE_TLS === "true" : !env.PUSHER_HOST,
    };
  }
  return {
    mode: "embedded",
    appId: "twofold",
    key: "twofold-local",
    secret: createHmac("sha256", authSecret()).update("embedded-realtime-secret").digest("base64url"),
    cluster: "",
    host: "127.0.0.1",
    port: env.REALTIME_PORT,
    useTLS: false,
  };
}

export function browserRealtimeConfig(config: RealtimeConfig = realtimeConfig()): BrowserRealtimeConfig {
  return {
    key: config.key,
    cluster: config.cluster,
    // The embedded server listens beside the app: the browser reaches it on the page's own host.
    wsHost: config.mode === "embedded" ? "page" : config.host,
    wsPort: config.port,
    forceTLS: config.useTLS,
  };
}
