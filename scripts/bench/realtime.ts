/**
 * `npm run bench:realtime`: latency and fan-out of the embedded Pusher-protocol server on loopback,
 * each beside a bare `ws` baseline measured in the same run. Prints figures; asserts nothing.
 * Bounded: fixed counts, loopback only, everything closed at the end.
 */
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";
import Pusher from "pusher";
import PusherClient from "pusher-js";
import { WebSocket, WebSocketServer } from "ws";
import { getDatabase } from "@/db";
import { createAccount } from "@/server/account/service";
import { createSession, resolveSession } from "@/server/auth/sessions";
import { realtimeConfig } from "@/server/realtime/config";
import { userChannel } from "@/server/realtime/events";
import { channelSignature } from "@/server/realtime/protocol";
import { startPusherServer } from "@/server/realtime/pusher-server";
import { createCaller } from "@/server/trpc/routers/_app";
import { row, summarize } from "./stats";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1000);
const FANOUT_ROUNDS = Number(process.env.BENCH_FANOUT_ROUNDS ?? 50);

const config = realtimeConfig();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The bare floor: an HTTP POST whose body is broadcast as-is to plain ws sockets. */
async function startBare() {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const http = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const message = Buffer.concat(chunks).toString();
      for (const client of wss.clients) client.send(message);
      response.end("{}");
    });
  });
  http.on("upgrade", (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws)));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const port = (http.address() as { port: number }).port;
  return {
    port,
    post: (body: string) => fetch(`http://127.0.0.1:${port}/`, { method: "POST", body }).then((r) => r.text()),
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function openSockets(url: string, count: number, onOpen?: (ws: WebSocket, message: string) => void): Promise<WebSocket[]> {
  return Promise.all(
    Array.from({ length: count }, () =>
      new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(url, { perMessageDeflate: false });
        ws.once("error", reject);
        if (onOpen) ws.once("message", (raw) => (onOpen(ws, raw.toString()), resolve(ws)));
        else ws.once("open", () => resolve(ws));
      }),
    ),
  );
}

async function latency(send: (i: number) => Promise<unknown>, arrivals: Map<number, () => void>, count: number) {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const arrived = new Promise<void>((resolve) => arrivals.set(i, resolve));
    const start = performance.now();
    await Promise.all([send(i), arrived]);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

async function fanout(trigger: (round: number) => Promise<unknown>, sockets: WebSocket[], rounds: number) {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let pending = sockets.length;
    const all = new Promise<void>((resolve) => {
      for (const ws of sockets) {
        ws.once("message", () => {
          if (--pending === 0) resolve();
        });
      }
    });
    const start = performance.now();
    await Promise.all([trigger(round), all]);
    samples.push(performance.now() - start);
    await sleep(5);
  }
  return summarize(samples);
}

async function main() {
  const server = await startPusherServer({ appId: config.appId, key: config.key, secret: config.secret, port: config.port ?? 6001, maxConnectionsPerAddress: SOCKETS + 50 });
  const sdk = new Pusher({ appId: config.appId, key: config.key, secret: config.secret, host: "127.0.0.1", port: String(server.port), useTLS: false, cluster: "mt1" });
  const bare = await startBare();
  const lines: string[] = [];

  // 1. pusher.trigger → pusher-js client, beside HTTP POST → bare ws client.
  const client = new PusherClient(config.key, {
    cluster: "",
    wsHost: "127.0.0.1",
    wsPort: server.port,
    forceTLS: false,
    enabledTransports: ["ws"],
    disableStats: true,
    channelAuthorization: { endpoint: "/unused", transport: "ajax", customHandler: ({ socketId, channelName }, cb) => cb(null, sdk.authorizeChannel(socketId, channelName)) },
  });
  const arrivals = new Map<number, () => void>();
  await new Promise<void>((resolve) => client.subscribe("private-bench").bind("pusher:subscription_succeeded", () => resolve()));
  client.channel("private-bench").bind("bench", (data: { i: number }) => arrivals.get(data.i)?.());

  const [bareClient] = await openSockets(`ws://127.0.0.1:${bare.port}/`, 1);
  const bareArrivals = new Map<number, () => void>();
  bareClient!.on("message", (raw) => bareArrivals.get((JSON.parse(raw.toString()) as { i: number }).i)?.());

  await latency((i) => bare.post(JSON.stringify({ i })), bareArrivals, 100); // warm-up
  await latency((i) => sdk.trigger("private-bench", "bench", { i }), arrivals, 100);
  const bareLatency = await latency((i) => bare.post(JSON.stringify({ i })), bareArrivals, EVENTS);
  const triggerLatency = await latency((i) => sdk.trigger("private-bench", "bench", { i }), arrivals, EVENTS);
  lines.push(row("bare: HTTP POST → ws client", bareLatency));
  lines.push(row("pusher.trigger → pusher-js client", triggerLatency, bareLatency));

  // 2. A full tRPC mutation (PGlite write, commit, announce) → event → pusher-js client.
  const database = await getDatabase();
  const user = await createAccount(database.db, { name: "Bench", email: `bench-${Date.now()}@example.test`, password: "a long bench passphrase" });
  const viewer = await resolveSession(database.db, await createSession(database.db, user.id));
  const caller = createCaller({ db: database.db, viewer, headers: new Headers() });
  const mutationArrivals: Array<() => void> = [];
  await new Promise<void>((resolve) => client.subscribe(userChannel(user.id, 0)).bind("pusher:subscription_succeeded", () => resolve()));
  client.channel(userChannel(user.id, 0)).bind("change", () => mutationArrivals.shift()?.());
  const mutationSamples: number[] = [];
  for (let i = 0; i < Math.min(EVENTS, 1000); i++) {
    const arrived = new Promise<void>((resolve) => mutationArrivals.push(resolve));
    const start = performance.now();
    await Promise.all([caller.invite.create(), arrived]);
    mutationSamples.push(performance.now() - start);
  }
  lines.push(row("tRPC invite.create → event → pusher-js", summarize(mutationSamples), bareLatency));
  client.disconnect();

  // 3. Fan-out of one event to SOCKETS subscribed sockets, beside a bare ws broadcast.
  const subscribed = await openSockets(`ws://127.0.0.1:${server.port}/app/${config.key}?protocol=7`, SOCKETS, (ws, first) => {
    const socketId = (JSON.parse((JSON.parse(first) as { data: string }).data) as { socket_id: string }).socket_id;
    ws.send(JSON.stringify({ event: "pusher:subscribe", data: { channel: "private-fanout", auth: channelSignature(config.key, config.secret, socketId, "private-fanout") } }));
  });
  await sleep(500);
  const bareSockets = await openSockets(`ws://127.0.0.1:${bare.port}/`, SOCKETS);
  bareClient!.terminate();
  await sleep(200);
  const bareFanout = await fanout((round) => bare.post(JSON.stringify({ round })), bareSockets, FANOUT_ROUNDS);
  const fanoutResult = await fanout((round) => sdk.trigger("private-fanout", "bench", { round }), subscribed, FANOUT_ROUNDS);
  lines.push(row(`bare: ws broadcast to ${SOCKETS} sockets`, bareFanout));
  lines.push(row(`pusher.trigger fan-out to ${SOCKETS} sockets`, fanoutResult, bareFanout));

  for (const ws of [...subscribed, ...bareSockets]) ws.terminate();
  await server.close();
  await bare.close();
  await database.close();

  console.log(`\nrealtime benchmark — ${new Date().toISOString()}, node ${process.version}, loopback, ${EVENTS} events, ${SOCKETS} sockets × ${FANOUT_ROUNDS} rounds`);
  for (const line of lines) console.log(line);
  console.log(`goals: trigger→client p95 < 20 ms (${triggerLatency.p95.toFixed(2)} ms); fan-out within 1.5× of bare (${(fanoutResult.p50 / bareFanout.p50).toFixed(2)}× at p50)`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
