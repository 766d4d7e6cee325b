"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type Pusher from "pusher-js";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useTRPC } from "@/app/_trpc/client";
import type { BrowserRealtimeConfig } from "@/server/realtime/config";
import { REALTIME_EVENT_NAME, coupleChannel, type RealtimeEvent } from "@/server/realtime/events";

export type ConnectionState = "live" | "reconnecting" | "offline";

const ConnectionContext = createContext<{ state: ConnectionState; pusher: Pusher | null } | null>(null);

/** null outside a signed-in page (no realtime there). */
export function useConnectionState(): ConnectionState | null {
  return useContext(ConnectionContext)?.state ?? null;
}

export interface PresentMember {
  id: string;
  name: string;
}

/**
 * Who is here now on a presence channel (e.g. one exercise session), excluding yourself. The
 * channel is authorized like every other: current members of the couple only.
 */
export function usePresence(channelName: string | null): PresentMember[] {
  const pusher = useContext(ConnectionContext)?.pusher ?? null;
  const [members, setMembers] = useState<PresentMember[]>([]);
  useEffect(() => {
    if (!pusher || !channelName) return;
    const channel = pusher.subscribe(channelName) as ReturnType<Pusher["subscribe"]> & {
      members: { me: { id: string } | null; each(fn: (m: { id: string; info: { name?: string } }) => void): void };
    };
    const refresh = () => {
      const list: PresentMember[] = [];
      channel.members.each((m) => {
        if (m.id !== channel.members.me?.id) list.push({ id: m.id, name: m.info?.name ?? "Your partner" });
      });
      setMembers(list);
    };
    for (const event of ["pusher:subscription_succeeded", "pusher:member_added", "pusher:member_removed"]) channel.bind(event, refresh);
    return () => {
      channel.unbind_all();
      pusher.unsubscribe(channelName);
      setMembers([]);
    };
  }, [pusher, channelName]);
  return members;
}

// While the realtime connection is down, pages catch up on focus and on this slow poll.
export const OFFLINE_POLL_MS = 15_000;

function toState(pusherState: string): ConnectionState {
  if (pusherState === "connected") return "live";
  if (pusherState === "unavailable" || pusherState === "failed" || pusherState === "disconnected") return "offline";
  return "reconnecting";
}

let shared: { configKey: string; client: Pusher } | null = null;

/** One pusher-js connection per tab, shared by everything on the page. */
function sharedPusher(PusherClient: typeof Pusher, configKey: string): Pusher {
  if (shared?.configKey === configKey) return shared.client;
  shared?.client.disconnect();
  const settings = JSON.parse(configKey) as BrowserRealtimeConfig;
  const wsHost = settings.wsHost === "page" ? window.location.hostname : settings.wsHost;
  const client = new PusherClient(settings.key, {
    // pusher-js 8 requires `cluster`, even when a host is given.
    cluster: settings.cluster,
    ...(wsHost ? { wsHost } : {}),
    ...(settings.wsPort ? { wsPort: settings.wsPort, wssPort: settings.wsPort } : {}),
    forceTLS: settings.forceTLS,
    enabledTransports: ["ws", "wss"],
    disableStats: true,
    channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
  });
  shared = { configKey, client };
  return client;
}

/**
 * Listens on the person's own channel and, while they are linked, on their couple's channel.
 * Events carry only a kind and ids: each one invalidates queries and refreshes server-rendered
 * data, so every read goes through tRPC (and its access checks) again.
 */
export function RealtimeProvider({
  config,
  personalChannel,
  coupleId,
  children,
}: {
  config: BrowserRealtimeConfig;
  /** private-user-<id>-<epoch>, from the server render. */
  personalChannel: string;
  /** From the server render; a couple change refreshes it (router.refresh) along with the page. */
  coupleId: string | null;
  children: React.ReactNode;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  // Server props arrive as new objects on every refresh: connect once per actual configuration.
  const configKey = JSON.stringify(config);
  const [pusher, setPusher] = useState<Pusher | null>(null);
  useEffect(() => {
    let current = true;
    // Imported here, not at the top: this provider sits in the root layout, and a static import
    // would load pusher-js (about 19 kB) on every page, signed in or not.
    void import("pusher-js").then(({ default: PusherClient }) => {
      if (current) setPusher(sharedPusher(PusherClient, configKey));
    });
    return () => {
      current = false;
    };
  }, [configKey]);
  const [refusedChannels, setRefusedChannels] = useState<ReadonlySet<string>>(() => new Set());
  const connectionState = useSyncExternalStore(
    useCallback(
      (onChange: () => void) => {
        pusher?.connection.bind("state_change", onChange);
        return () => {
          pusher?.connection.unbind("state_change", onChange);
        };
      },
      [pusher],
    ),
    () => (pusher ? toState(pusher.connection.state) : "reconnecting"),
    () => "reconnecting" as const,
  );

  // A refused subscription means no events for that channel: behave as offline (poll) until it works.
  const state: ConnectionState = connectionState === "live" && refusedChannels.size > 0 ? "offline" : connectionState;

  const catchUp = useCallback(() => {
    void queryClient.invalidateQueries();
    router.refresh();
  }, [queryClient, router]);

  // Back after a gap: fetch whatever changed while we were away.
  useEffect(() => {
    if (!pusher) return;
    const onChange = ({ previous, current }: { previous: string; current: string }) => {
      if (current === "connected" && previous !== "initialized") catchUp();
    };
    pusher.connection.bind("state_change", onChange);
    return () => {
      pusher.connection.unbind("state_change", onChange);
    };
  }, [pusher, catchUp]);

  useEffect(() => {
    if (!pusher) return;
    const names = [personalChannel, ...(coupleId ? [coupleChannel(coupleId)] : [])];
    const onEvent = (event: RealtimeEvent) => {
      if (event.kind === "invite") void queryClient.invalidateQueries(trpc.couple.status.pathFilter());
      else if (event.kind === "exercise") void queryClient.invalidateQueries(trpc.exercise.pathFilter());
      else if (event.kind === "mood") void queryClient.invalidateQueries(trpc.wellbeing.pathFilter());
      else if (event.kind === "boundary" || event.kind === "commitment") {
        void queryClient.invalidateQueries(event.kind === "boundary" ? trpc.boundary.pathFilter() : trpc.commitment.pathFilter());
        // The timeline and the printable page read across both.
        void queryClient.invalidateQueries(trpc.agreements.pathFilter());
      }
      else catchUp();
    };
    const mark = (name: string, refused: boolean) =>
      setRefusedChannels((current) => {
        if (current.has(name) === refused) return current;
        const next = new Set(current);
        if (refused) next.add(name);
        else next.delete(name);
        return next;
      });
    // Events sent before this subscription took hold are not replayed. The one that matters is a
    // couple being linked or ended meanwhile (the page was rendered before it, so it would never
    // listen on the new couple's channel): once listening, check the couple against the render.
    const checkCouple = async () => {
      const status = await queryClient.fetchQuery({ ...trpc.couple.status.queryOptions(), staleTime: 0 }).catch(() => null);
      if (status && status.coupleId !== coupleId) router.refresh();
    };
    names.forEach((name) => {
      const channel = pusher.subscribe(name);
      channel.bind(REALTIME_EVENT_NAME, onEvent);
      channel.bind("pusher:subscription_succeeded", () => {
        mark(name, false);
        if (name === personalChannel) void checkCouple();
      });
      channel.bind("pusher:subscription_error", () => mark(name, true));
    });
    return () => {
      names.forEach((name) => {
        pusher.channel(name)?.unbind_all();
        pusher.unsubscribe(name);
        mark(name, false);
      });
    };
  }, [pusher, personalChannel, coupleId, queryClient, trpc, catchUp, router]);

  useEffect(() => {
    if (state === "live") return;
    const onVisible = () => document.visibilityState === "visible" && catchUp();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    const poll = window.setInterval(catchUp, OFFLINE_POLL_MS);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
      window.clearInterval(poll);
    };
  }, [state, catchUp]);

  const value = useMemo(() => ({ state, pusher }), [state, pusher]);
  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}

/**
 * Listens on one more private channel while mounted (a therapist's view of one couple). Events are
 * a kind and an id; the callback refetches through tRPC, where access is checked again.
 */
export function useExtraChannel(channelName: string | null, onEvent: (event: RealtimeEvent) => void): void {
  const pusher = useContext(ConnectionContext)?.pusher ?? null;
  useEffect(() => {
    if (!pusher || !channelName) return;
    const channel = pusher.subscribe(channelName);
    channel.bind(REALTIME_EVENT_NAME, onEvent);
    return () => {
      channel.unbind(REALTIME_EVENT_NAME, onEvent);
      pusher.unsubscribe(channelName);
    };
  }, [pusher, channelName, onEvent]);
}
