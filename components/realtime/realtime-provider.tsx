"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import Pusher from "pusher-js";
import { createContext, useContext, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import type { BrowserRealtimeConfig } from "@/server/realtime/config";
import { REALTIME_EVENT_NAME, coupleChannel, userChannel, type RealtimeEvent } from "@/server/realtime/events";

export type ConnectionState = "live" | "reconnecting" | "offline";

const ConnectionContext = createContext<ConnectionState | null>(null);

/** null outside a signed-in page (no realtime there). */
export function useConnectionState(): ConnectionState | null {
  return useContext(ConnectionContext);
}

// While the realtime connection is down, pages catch up on focus and on this slow poll.
export const OFFLINE_POLL_MS = 15_000;

function toState(pusherState: string): ConnectionState {
  if (pusherState === "connected") return "live";
  if (pusherState === "unavailable" || pusherState === "failed" || pusherState === "disconnected") return "offline";
  return "reconnecting";
}

/**
 * One pusher-js connection per signed-in tab. It listens on the person's own channel and, while
 * they are linked, on their couple's channel. Events carry only a kind and ids: each one
 * invalidates queries and refreshes server-rendered data, so every read goes through tRPC again.
 */
export function RealtimeProvider({ config, userId, children }: { config: BrowserRealtimeConfig; userId: string; children: React.ReactNode }) {
  // Server props arrive as new objects on every refresh: connect once per actual configuration.
  const configKey = JSON.stringify(config);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [pusher, setPusher] = useState<Pusher | null>(null);
  const [state, setState] = useState<ConnectionState>("reconnecting");
  const status = useQuery(trpc.couple.status.queryOptions());
  const coupleId = status.data?.coupleId ?? null;

  const catchUp = useRef(() => {});
  catchUp.current = () => {
    void queryClient.invalidateQueries();
    router.refresh();
  };

  useEffect(() => {
    const settings = JSON.parse(configKey) as BrowserRealtimeConfig;
    const wsHost = settings.wsHost === "page" ? window.location.hostname : settings.wsHost;
    // pusher-js 8 requires `cluster`, even when a host is given.
    const client = new Pusher(settings.key, {
      cluster: settings.cluster,
      ...(wsHost ? { wsHost } : {}),
      ...(settings.wsPort ? { wsPort: settings.wsPort, wssPort: settings.wsPort } : {}),
      forceTLS: settings.forceTLS,
      enabledTransports: ["ws", "wss"],
      disableStats: true,
      channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
    });
    let wasLive = false;
    client.connection.bind("state_change", ({ current }: { current: string }) => {
      const next = toState(current);
      setState(next);
      // Back after a gap: fetch whatever changed while we were away.
      if (next === "live" && wasLive) catchUp.current();
      if (next === "live") wasLive = true;
    });
    setPusher(client);
    return () => {
      client.disconnect();
      setPusher(null);
    };
  }, [configKey]);

  useEffect(() => {
    if (!pusher) return;
    const names = [userChannel(userId), ...(coupleId ? [coupleChannel(coupleId)] : [])];
    const onChange = (event: RealtimeEvent) => {
      if (event.kind === "invite") void queryClient.invalidateQueries(trpc.couple.status.pathFilter());
      else catchUp.current();
    };
    const channels = names.map((name) => pusher.subscribe(name).bind(REALTIME_EVENT_NAME, onChange));
    return () => {
      channels.forEach((channel) => channel.unbind(REALTIME_EVENT_NAME, onChange));
      names.forEach((name) => pusher.unsubscribe(name));
    };
  }, [pusher, userId, coupleId, queryClient, trpc]);

  useEffect(() => {
    if (state === "live") return;
    const onVisible = () => document.visibilityState === "visible" && catchUp.current();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    const poll = window.setInterval(() => catchUp.current(), OFFLINE_POLL_MS);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
      window.clearInterval(poll);
    };
  }, [state]);

  return <ConnectionContext.Provider value={state}>{children}</ConnectionContext.Provider>;
}
