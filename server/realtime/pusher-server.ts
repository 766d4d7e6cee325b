import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomInt } from "node:crypto";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer } from "ws";
import { CHANNEL_NAME, channelSignature, hmacHex, md5Hex, safeEqual } from "./protocol";

/**
 * A small Pusher Channels–compatible server (protocol 7) for running Twofold on one machine. It
 * implements what the app uses: public, private and presence channels over `/app/:key`, and the
 * signed HTTP events API (`/apps/:id/events`, `/apps/:id/batch_events`) that the `pusher` SDK calls.
 * Client events are refused: every event comes from the app server after a committed write.
 */
export interface PusherServerOptions {
  appId: string;
  key: string;
  secret: string;
  port?: number;
  host?: string;
  /** Seconds of silence before the server pings; a socket that stays silent 30 s more is closed. */
  activityTimeoutSeconds?: number;
  pongTimeoutSeconds?: number;
  maxMessageBytes?: number;
  maxChannelsPerSocket?: number;
  maxConnectionsPerAddress?: number;
  maxConnections?: number;
  /** A socket whose unsent output grows past this is dropped rather than buffered forever. */
  maxBufferedBytes?: number;
  /** Seconds an HTTP API request's auth_timestamp may differ from now. */
  maxClockSkewSeconds?: number;
  log?: (line: string) => void;
}

export interface PusherServer {
  port: number;
  close(): Promise<void>;
  stats(): { connections: number; channels: number; delivered: number; dropped: number };
}

interface Socket {
  id: string;
  ws: WebSocket;
  address: string;
  channels: Set<string>;
  lastSeen: number;
  pingSentAt: number | null;
  /** presence channel → user id this socket joined as */
  presence: Map<string, { userId: string; userInfo: unknown }>;
}

interface Channel {
  sockets: Set<Socket>;
  /** presence only: user id → { info, sockets count } */
  members: Map<string, { info: unknown; count: number }>;
}

interface ApiEvent {
  name: string;
  data: string;
  channels?: string[];
  channel?: string;
  socket_id?: string;
}

const MAX_EVENT_BODY_BYTES = 100 * 1024;
const MAX_EVENT_DATA_BYTES = 10 * 1024;
const MAX_BATCH = 10;

export async function startPusherServer(options: PusherServerOptions): Promise<PusherServer> {
  const {
    appId,
    key,
    secret,
    host = "127.0.0.1",
    activityTimeoutSeconds = 120,
    pongTimeoutSeconds = 30,
    maxMessageBytes = 10 * 1024,
    maxChannelsPerSocket = 100,
    maxConnectionsPerAddress = 200,
    maxConnections = 10_000,
    maxBufferedBytes = 1024 * 1024,
    maxClockSkewSeconds = 600,
    log = () => {},
  } = options;

  const sockets = new Set<Socket>();
  const channels = new Map<string, Channel>();
  const perAddress = new Map<string, number>();
  let delivered = 0;
  let dropped = 0;

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes, perMessageDeflate: false });

  function send(socket: Socket, message: string): void {
    if (socket.ws.readyState !== WebSocket.OPEN) return;
    if (socket.ws.bufferedAmount > maxBufferedBytes) {
      dropped += 1;
      socket.ws.terminate();
      return;
    }
    socket.ws.send(message);
    delivered += 1;
  }

  function sendEvent(socket: Socket, event: string, data: unknown, channel?: string): void {
    const payload: Record<string, unknown> = { event, data: typeof data === "string" ? data : JSON.stringify(data) };
    if (channel) payload.channel = channel;
    send(socket, JSON.stringify(payload));
  }

  function sendError(socket: Socket, code: number | null, message: string): void {
    send(socket, JSON.stringify({ event: "pusher:error", data: { code, message } }));
  }

  function channelOf(name: string): Channel {
    let channel = channels.get(name);
    if (!channel) {
      channel = { sockets: new Set(), members: new Map() };
      channels.set(name, channel);
    }
    return channel;
  }

  function broadcast(name: string, message: string, except?: Socket): void {
    const channel = channels.get(name);
    if (!channel) return;
    for (const socket of channel.sockets) if (socket !== except) send(socket, message);
  }

  function presenceData(channel: Channel) {
    const ids = [...channel.members.keys()];
    const hash = Object.fromEntries([...channel.members].map(([id, member]) => [id, member.info]));
    return { presence: { ids, hash, count: ids.length } };
  }

  function leaveChannel(socket: Socket, name: string): void {
    const channel = channels.get(name);
    socket.channels.delete(name);
    if (!channel) return;
    channel.sockets.delete(socket);
    const joined = socket.presence.get(name);
    if (joined) {
      socket.presence.delete(name);
      const member = channel.members.get(joined.userId);
      if (member && --member.count === 0) {
        channel.members.delete(joined.userId);
        broadcast(name, JSON.stringify({ event: "pusher_internal:member_removed", channel: name, data: JSON.stringify({ user_id: joined.userId }) }));
      }
    }
    if (channel.sockets.size === 0) channels.delete(name);
  }

  function subscriptionError(socket: Socket, channel: string, status: number, error: string): void {
    sendEvent(socket, "pusher:subscription_error", { type: "AuthError", error, status }, channel);
  }

  function subscribe(socket: Socket, data: { channel?: unknown; auth?: unknown; channel_data?: unknown }): void {
    const name = data.channel;
    if (typeof name !== "string" || !CHANNEL_NAME.test(name)) {
      sendError(socket, 4009, "Invalid channel name");
      return;
    }
    if (socket.channels.has(name)) {
      sendEvent(socket, "pusher_internal:subscription_succeeded", name.startsWith("presence-") ? presenceData(channelOf(name)) : {}, name);
      return;
    }
    if (socket.channels.size >= maxChannelsPerSocket) {
      subscriptionError(socket, name, 429, `At most ${maxChannelsPerSocket} channels per connection`);
      return;
    }
    const isPresence = name.startsWith("presence-");
    const isPrivate = name.startsWith("private-");
    // Twofold has no public channels: every subscription must be signed by the app.
    if (!isPresence && !isPrivate) {
      subscriptionError(socket, name, 403, "Only private and presence channels are allowed");
      return;
    }
    let member: { userId: string; userInfo: unknown } | null = null;
    if (isPresence || isPrivate) {
      const channelData = isPresence ? (typeof data.channel_data === "string" ? data.channel_data : "") : undefined;
      const expected = channelSignature(key, secret, socket.id, name, channelData);
      if (typeof data.auth !== "string" || !safeEqual(data.auth, expected)) {
        subscriptionError(socket, name, 401, "Invalid signature");
        return;
      }
      if (isPresence) {
        try {
          const parsed = JSON.parse(channelData ?? "") as { user_id?: unknown; user_info?: unknown };
          if (typeof parsed.user_id !== "string" && typeof parsed.user_id !== "number") throw new Error("user_id");
          member = { userId: String(parsed.user_id), userInfo: parsed.user_info ?? null };
        } catch {
          subscriptionError(socket, name, 400, "Presence channel_data must be JSON with a user_id");
          return;
        }
      }
    }
    const channel = channelOf(name);
    channel.sockets.add(socket);
    socket.channels.add(name);
    if (member) {
      socket.presence.set(name, member);
      const existing = channel.members.get(member.userId);
      if (existing) existing.count += 1;
      else {
        channel.members.set(member.userId, { info: member.userInfo, count: 1 });
        broadcast(
          name,
          JSON.stringify({ event: "pusher_internal:member_added", channel: name, data: JSON.stringify({ user_id: member.userId, user_info: member.userInfo }) }),
          socket,
        );
      }
      sendEvent(socket, "pusher_internal:subscription_succeeded", presenceData(channel), name);
    } else {
      sendEvent(socket, "pusher_internal:subscription_succeeded", {}, name);
    }
  }

  function onMessage(socket: Socket, raw: string): void {
    socket.lastSeen = Date.now();
    socket.pingSentAt = null;
    let message: { event?: unknown; data?: unknown; channel?: unknown };
    try {
      message = JSON.parse(raw) as typeof message;
      if (!message || typeof message !== "object" || typeof message.event !== "string") throw new Error("shape");
    } catch {
      sendError(socket, 4200, "Messages must be JSON objects with an event name");
      return;
    }
    const data = (typeof message.data === "string" ? safeJson(message.data) : message.data) as Record<string, unknown> | undefined;
    switch (message.event) {
      case "pusher:ping":
        send(socket, JSON.stringify({ event: "pusher:pong", data: {} }));
        return;
      case "pusher:pong":
        return;
      case "pusher:subscribe":
        subscribe(socket, data ?? {});
        return;
      case "pusher:unsubscribe":
        if (typeof data?.channel === "string") leaveChannel(socket, data.channel);
        return;
      default:
        // Client events (client-…) and anything else: every event must come from the app server.
        sendError(socket, 4301, "Client events are not enabled on this server");
    }
  }

  function onConnection(ws: WebSocket, request: IncomingMessage, appKey: string, address: string): void {
    const socket: Socket = {
      id: `${randomInt(1, 2 ** 31)}.${randomInt(1, 2 ** 31)}`,
      ws,
      address,
      channels: new Set(),
      lastSeen: Date.now(),
      pingSentAt: null,
      presence: new Map(),
    };
    // Before anything else: a socket without an error listener would crash the process on a bad frame.
    ws.on("error", () => ws.terminate());
    const closeWith = (code: number, message: string) => {
      sendError(socket, code, message);
      ws.close(code, message);
    };
    if (appKey !== key) return closeWith(4001, "Unknown app key");
    const count = perAddress.get(address) ?? 0;
    if (count >= maxConnectionsPerAddress || sockets.size >= maxConnections) return closeWith(4004, "Over connection quota");
    perAddress.set(address, count + 1);
    sockets.add(socket);
    ws.on("message", (raw, isBinary) => {
      if (isBinary) return sendError(socket, 4200, "Binary messages are not supported");
      try {
        onMessage(socket, raw.toString());
      } catch {
        // Never let one client's message take the server down.
        sendError(socket, 4200, "Could not handle that message");
      }
    });
    ws.on("close", () => {
      sockets.delete(socket);
      for (const name of [...socket.channels]) leaveChannel(socket, name);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
    sendEvent(socket, "pusher:connection_established", { socket_id: socket.id, activity_timeout: activityTimeoutSeconds });
    void request;
  }

  // Keep-alive: ping sockets that have been silent; close those that stay silent.
  const sweeper = setInterval(() => {
    const now = Date.now();
    for (const socket of sockets) {
      if (socket.pingSentAt && now - socket.pingSentAt > pongTimeoutSeconds * 1000) {
        socket.ws.close(4201, "Pong reply not received");
      } else if (!socket.pingSentAt && now - socket.lastSeen > activityTimeoutSeconds * 1000) {
        socket.pingSentAt = now;
        send(socket, JSON.stringify({ event: "pusher:ping", data: {} }));
      }
    }
  }, Math.min(5_000, activityTimeoutSeconds * 500));
  sweeper.unref();

  function verifyApiRequest(request: IncomingMessage, url: URL, body: string): string | null {
    const query = url.searchParams;
    if (query.get("auth_key") !== key) return "Unknown auth_key";
    const timestamp = Number(query.get("auth_timestamp"));
    if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > maxClockSkewSeconds) return "Stale or missing auth_timestamp";
    if (body.length > 0 && query.get("body_md5") !== md5Hex(body)) return "body_md5 does not match the body";
    const signed = [...query.entries()]
      .filter(([name]) => name !== "auth_signature")
      .map(([name, value]) => [name.toLowerCase(), value] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => `${name}=${value}`)
      .join("&");
    const expected = hmacHex(secret, [request.method, url.pathname, signed].join("\n"));
    if (!safeEqual(query.get("auth_signature") ?? "", expected)) return "Invalid auth_signature";
    return null;
  }

  const channelsOf = (event: { channels?: unknown; channel?: unknown }): unknown[] =>
    Array.isArray(event.channels) ? event.channels : typeof event.channel === "string" ? [event.channel] : [];

  function validateEvent(event: { name?: unknown; data?: unknown; channels?: unknown; channel?: unknown } | null): string | null {
    if (!event || typeof event !== "object") return "Each event must be an object";
    const names = channelsOf(event);
    if (typeof event.name !== "string" || event.name.length === 0 || event.name.length > 200) return "Event name missing or too long";
    if (event.name.startsWith("pusher:") || event.name.startsWith("pusher_internal:")) return "Reserved event name";
    if (typeof event.data !== "string") return "Event data must be a string";
    if (Buffer.byteLength(event.data) > MAX_EVENT_DATA_BYTES) return "Event data is over 10 KB";
    if (names.length === 0 || names.length > 100 || !names.every((n) => typeof n === "string" && CHANNEL_NAME.test(n))) return "Invalid channels";
    return null;
  }

  function deliver(event: ApiEvent): void {
    const names = channelsOf(event) as string[];
    const except = typeof event.socket_id === "string" ? [...sockets].find((s) => s.id === event.socket_id) : undefined;
    for (const name of names) broadcast(name, JSON.stringify({ event: event.name, channel: name, data: event.data }), except);
  }

  function respond(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  }

  const http: Server = createServer((request, response) => {
    try {
      handleHttp(request, response);
    } catch {
      if (!response.headersSent) respond(response, 400, { error: "Bad request" });
      else response.destroy();
    }
  });

  function handleHttp(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (request.method === "GET" && (url.pathname === "/" || url.pathname === "/health")) {
      return respond(response, 200, { ok: true, connections: sockets.size });
    }
    const match = /^\/apps\/([^/]+)\/(events|batch_events)$/.exec(url.pathname);
    if (!match || request.method !== "POST") return respond(response, 404, { error: "Not found" });
    if (match[1] !== appId) return respond(response, 404, { error: "Unknown app" });
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_EVENT_BODY_BYTES) {
        respond(response, 413, { error: "Request body too large" });
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => {
      try {
        finishApiRequest(request, response, url, match[2] as "events" | "batch_events", Buffer.concat(chunks).toString("utf8"));
      } catch {
        if (!response.headersSent) respond(response, 400, { error: "Bad request" });
      }
    });
  }

  function finishApiRequest(request: IncomingMessage, response: ServerResponse, url: URL, kind: "events" | "batch_events", body: string): void {
    if (response.writableEnded) return;
    const problem = verifyApiRequest(request, url, body);
    if (problem) return respond(response, 401, { error: problem });
    let parsed: ({ batch?: unknown[] } & Record<string, unknown>) | null;
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      return respond(response, 400, { error: "Body must be JSON" });
    }
    if (!parsed || typeof parsed !== "object") return respond(response, 400, { error: "Body must be a JSON object" });
    const events = kind === "batch_events" ? parsed.batch : [parsed];
    if (!Array.isArray(events) || events.length === 0 || events.length > MAX_BATCH) {
      return respond(response, 400, { error: `A batch holds 1 to ${MAX_BATCH} events` });
    }
    // All or nothing: a batch with one bad event delivers none of them.
    for (const event of events) {
      const error = validateEvent(event as Record<string, unknown> | null);
      if (error) return respond(response, 400, { error });
    }
    for (const event of events) deliver(event as ApiEvent);
    return respond(response, 200, kind === "batch_events" ? { batch: events.map(() => ({})) } : {});
  }

  http.on("upgrade", (request: IncomingMessage, duplex: Duplex, head: Buffer) => {
    duplex.on("error", () => duplex.destroy());
    let appKey: string;
    try {
      const match = /^\/app\/([^/?]+)$/.exec(new URL(request.url ?? "/", "http://localhost").pathname);
      if (!match) throw new Error("not found");
      appKey = decodeURIComponent(match[1]!);
    } catch {
      duplex.end("HTTP/1.1 404 Not Found\r\n\r\n");
      return;
    }
    const address = request.socket.remoteAddress ?? "unknown";
    wss.handleUpgrade(request, duplex, head, (ws) => onConnection(ws, request, appKey, address));
  });

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 6001, host, () => resolve());
  });
  const address = http.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? 6001);
  log(`[realtime] Pusher-protocol server on ws://${host}:${port} (app ${appId})`);

  return {
    port,
    stats: () => ({ connections: sockets.size, channels: channels.size, delivered, dropped }),
    close: async () => {
      clearInterval(sweeper);
      for (const socket of sockets) socket.ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
    },
  };
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
