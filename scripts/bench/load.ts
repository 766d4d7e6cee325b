/**
 * `npm run bench:load`: Twofold under load on loopback, bounded in time. `next start` on a real
 * PostgreSQL database (a fresh `twofold_bench` database on 127.0.0.1), with the embedded realtime
 * server carrying every event. N couples (BENCH_COUPLES, default 100) each run a realistic mix for
 * BENCH_SECONDS (default 60): read home, submit an exercise answer, check in on a commitment, read
 * the timeline — with a think time between steps, uniform up to BENCH_THINK_MS (default 5000 ms: a
 * couple acting every 2.5 s on average, already far busier than people reading and writing; 1000
 * is the stress setting, five times the rate). Each
 * couple listens on its channel with pusher-js, so events delivered can be counted against events
 * sent. Beside it, in the same run and the same loops, a bare Node HTTP handler runs the same
 * database statements as `couple.get` (the floor); the ratio is reported.
 *
 * Prints requests/s, p50/p95/p99 per procedure, errors, events delivered vs sent. Asserts nothing.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import PusherClient from "pusher-js";
import { SESSION_COOKIE } from "@/server/auth/cookie-names";
import { row, summarize } from "./stats";

// BENCH_FAULT=postgres restarts PostgreSQL in the middle of the run (the fault run): the app must
// answer again within 10 s, /api/health must say "degraded" meanwhile, and every write the app
// acknowledged must be in the database afterwards.
const FAULT = process.env.BENCH_FAULT ?? "";
const COUPLES = Number(process.env.BENCH_COUPLES ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 5000);
// BENCH_MIX=home: only the home read and its floor (the per-request cost, without writes beside it).
const HOME_ONLY = process.env.BENCH_MIX === "home";
const PORT = 3400;
const REALTIME_PORT = 6401;
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const DATABASE_URL = "postgres://postgres@127.0.0.1:5432/twofold_bench";
const AUTH_SECRET = randomBytes(32).toString("base64url");
const ZONE = "Europe/London";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const root = path.resolve(import.meta.dirname, "../..");

async function freshDatabase() {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe("drop database if exists twofold_bench with (force)");
  await admin.unsafe("create database twofold_bench");
  await admin.end();
}

function startApp() {
  const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", PORT: String(PORT), REALTIME_PORT: String(REALTIME_PORT), DATABASE_URL, AUTH_SECRET, SEED_DEMO: "false", DATA_DIR: ".data/bench-load" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  return { stop: () => child.pid && process.kill(-child.pid, "SIGTERM") };
}

async function waitHealthy() {
  for (let i = 0; i < 600; i += 1) {
    const health = await fetch(`${BASE}/api/health`).then((r) => r.json() as Promise<{ status: string; realtime: { ok: boolean } }>, () => null);
    if (health?.status === "ok" && health.realtime.ok) return;
    await sleep(500);
  }
  throw new Error("the app did not become healthy");
}

interface Person {
  id: string;
  sid: string;
  cookie: string;
}

/** Two people per couple, linked; a daily commitment each; an exercise session at a text question. */
async function seed() {
  process.env.DATABASE_URL = DATABASE_URL;
  process.env.AUTH_SECRET = AUTH_SECRET;
  process.env.DATA_DIR = ".data/bench-load";
  process.env.REALTIME_PORT = String(REALTIME_PORT);
  const { getDatabase } = await import("@/db");
  const { createAccount } = await import("@/server/account/service");
  const { createSession } = await import("@/server/auth/sessions");
  const { acceptInvite, createInvite } = await import("@/server/invite/service");
  const { createCaller } = await import("@/server/trpc/routers/_app");
  const { resolveSession } = await import("@/server/auth/sessions");
  const { addDays, localDate } = await import("@/server/commitments/periods");
  const { db } = await getDatabase();
  const cookieOf = async (userId: string) => {
    const sid = await createSession(db, userId);
    const token = await encode({ token: { sub: userId, sid }, secret: AUTH_SECRET, salt: SESSION_COOKIE.plain, maxAge: 3600 });
    return { sid, cookie: `${SESSION_COOKIE.plain}=${token}` };
  };
  const couples = [];
  for (let i = 0; i < COUPLES; i += 1) {
    const tag = `${Date.now().toString(36)}-${i}`;
    const a = await createAccount(db, { name: `A${i}`, email: `a-${tag}@bench.test`, password: "a bench passphrase" });
    const b = await createAccount(db, { name: `B${i}`, email: `b-${tag}@bench.test`, password: "a bench passphrase" });
    const { coupleId } = await acceptInvite(db, b.id, { token: (await createInvite(db, a.id)).token });
    const ca = await cookieOf(a.id);
    const cb = await cookieOf(b.id);
    const callerB = createCaller({ db, viewer: await resolveSession(db, cb.sid), headers: new Headers() });
    const callerA = createCaller({ db, viewer: await resolveSession(db, ca.sid), headers: new Headers() });
    const start = addDays(localDate(new Date(), ZONE), -400);
    const commitment = await callerB.commitment.create({ what: "Walk together", question: "Walked?", cadence: { kind: "daily" }, startOn: start, endOn: null, timeZone: ZONE });
    const session = await callerA.exercise.start({ slug: "love-maps" });
    await callerA.exercise.acknowledge({ sessionId: session.id, stepIndex: 0 });
    await callerB.exercise.acknowledge({ sessionId: session.id, stepIndex: 0 });
    couples.push({ coupleId, a: { id: a.id, sid: ca.sid, cookie: ca.cookie } as Person, b: { id: b.id, sid: cb.sid, cookie: cb.cookie } as Person, commitmentId: commitment.id, sessionId: session.id, start });
  }
  return { couples, db, addDays };
}

/**
 * The floor: a bare Node HTTP handler doing couple.get's database work on postgres-js, with nothing
 * else — the session row looked up by its id, then the active membership — the same two statements
 * the app runs for it (the ladder's session and couple rungs; couple.get itself reads nothing more).
 */
async function startFloor() {
  const sql = postgres(DATABASE_URL, { max: 10, onnotice: () => {} });
  const server = createServer(async (request, response) => {
    const sid = new URL(request.url ?? "/", "http://x").searchParams.get("sid") ?? "";
    const rows = await (async () => {
      const [session] = await sql`
        select u.id, u.name, u.email, u.role, u.realtime_epoch, s.second_factor_at
        from sessions s join users u on u.id = s.user_id
        where s.session_token = ${sid} and s.expires > now() limit 1`;
      if (!session) return [];
      return sql`
        select c.id, m.id as membership_id, c.created_at, u.id as partner_id, u.name as partner_name
        from couple_members m
        join couples c on c.id = m.couple_id and c.ended_at is null
        join couple_members p on p.couple_id = c.id and p.user_id <> ${session.id}
        join users u on u.id = p.user_id
        where m.user_id = ${session.id} and m.left_at is null limit 1`;
    })().catch(() => null);
    // While the database is away the floor answers 503, as the app does.
    response.statusCode = rows ? 200 : 503;
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(rows?.[0] ?? null));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, close: async () => (server.close(), await sql.end()) };
}

/**
 * Restarts the PostgreSQL cluster `delayMs` into the run, polling /api/health every 200 ms until
 * the restart is over and the app reads the database again; reports when, and how often health
 * said "degraded" meanwhile.
 */
async function postgresFault(delayMs: number) {
  await sleep(delayMs);
  const began = performance.now();
  let degradedPolls = 0;
  let restarted = false;
  const restart = new Promise<void>((resolve) => spawn("pg_ctlcluster", ["15", "main", "restart"], { stdio: "ignore" }).on("exit", () => ((restarted = true), resolve())));
  let recovered = false;
  while (!recovered && performance.now() - began < 60_000) {
    const health = await fetch(`${BASE}/api/health`).then((r) => r.json() as Promise<{ status: string }>, () => null);
    if (health?.status === "degraded") degradedPolls += 1;
    recovered = restarted && health?.status === "ok";
    if (!recovered) await sleep(200);
  }
  await restart;
  return { at: delayMs / 1000, degradedPolls, recoveredAfter: (performance.now() - began) / 1000 };
}

const query = (procedure: string, input: unknown) => `${BASE}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

async function main() {
  console.log(`bench:load — ${COUPLES} couples × ${SECONDS} s, think time up to ${THINK_MS} ms, next start + PostgreSQL + embedded realtime`);
  await freshDatabase();
  const app = startApp();
  try {
    await waitHealthy();
    const { couples, addDays } = await seed();
    const { realtimeConfig } = await import("@/server/realtime/config");
    const { key } = realtimeConfig();
    const floor = await startFloor();
    const samples: Record<string, number[]> = {};
    const errors: Record<string, number> = {};
    let sent = 0;
    let delivered = 0;
    let acknowledgedCheckIns = 0;
    const clients: PusherClient[] = [];

    // Each couple's phone listens on its channel, authorized by the app's own endpoint.
    for (const c of couples) {
      const client = new PusherClient(key, {
        cluster: "",
        wsHost: "127.0.0.1",
        wsPort: REALTIME_PORT,
        forceTLS: false,
        enabledTransports: ["ws"],
        disableStats: true,
        channelAuthorization: {
          endpoint: "/unused",
          transport: "ajax",
          customHandler: ({ socketId, channelName }, callback) => {
            fetch(`${BASE}/api/realtime/auth`, { method: "POST", headers: { cookie: c.a.cookie, origin: BASE, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }) })
              .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`auth ${r.status}`))))
              .then((auth) => callback(null, auth), (error: Error) => callback(error, null));
          },
        },
      });
      clients.push(client);
      const channel = client.subscribe(`private-couple-${c.coupleId}`);
      await new Promise<void>((resolve, reject) => {
        setTimeout(() => reject(new Error("no answer to subscribing within 10 s")), 10_000);
        channel.bind("pusher:subscription_succeeded", () => resolve());
        channel.bind("pusher:subscription_error", (e: unknown) => reject(new Error(`subscribe: ${JSON.stringify(e)}`)));
      });
      channel.bind("change", () => (delivered += 1));
    }

    const timed = async (label: string, run: () => Promise<Response>) => {
      const t0 = performance.now();
      const response = await run().catch(() => null);
      const ms = performance.now() - t0;
      (samples[label] ??= []).push(ms);
      if (!response || !response.ok) errors[label] = (errors[label] ?? 0) + 1;
      await response?.arrayBuffer().catch(() => undefined);
      return response?.ok ?? false;
    };
    const deadline = performance.now() + SECONDS * 1000;
    const started = performance.now();
    const fault = FAULT === "postgres" ? postgresFault(SECONDS * 500) : Promise.resolve(null);
    await Promise.all(
      couples.map(async (c, i) => {
        let day = 0;
        let answer = 0;
        await sleep(Math.random() * THINK_MS);
        while (performance.now() < deadline) {
          const step = HOME_ONLY ? 0 : Math.random();
          if (step < 0.35) {
            await timed("couple.get (home)", () => fetch(query("couple.get", undefined), { headers: { cookie: c.a.cookie } }));
            await timed("floor: same statements, bare http", () => fetch(`${floor.url}?sid=${c.a.sid}`));
          } else if (step < 0.55) {
            answer += 1;
            const ok = await timed("exercise.submitAnswer", () =>
              fetch(`${BASE}/api/trpc/exercise.submitAnswer`, { method: "POST", headers: { cookie: c.a.cookie, origin: BASE, "content-type": "application/json" }, body: JSON.stringify({ json: { sessionId: c.sessionId, stepIndex: 1, answer: `Answer ${answer} from couple ${i}` } }) }),
            );
            if (ok) sent += 1;
          } else if (step < 0.75) {
            day += 1;
            const ok = await timed("commitment.checkIn", () =>
              fetch(`${BASE}/api/trpc/commitment.checkIn`, { method: "POST", headers: { cookie: c.b.cookie, origin: BASE, "content-type": "application/json" }, body: JSON.stringify({ json: { commitmentId: c.commitmentId, period: addDays(c.start, day), outcome: "kept" } }) }),
            );
            if (ok) {
              sent += 1;
              acknowledgedCheckIns += 1;
            }
          } else {
            await timed("agreements.timeline", () => fetch(query("agreements.timeline", { areas: ["boundaries", "commitments", "check-ins"], person: "anyone", limit: 50 }), { headers: { cookie: c.b.cookie } }));
          }
          await sleep(Math.random() * THINK_MS);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    await sleep(2000);

    const total = Object.values(samples).reduce((n, s) => n + s.length, 0);
    const floorLabel = "floor: same statements, bare http";
    console.log(`\n${total} requests in ${elapsed.toFixed(1)} s: ${(total / elapsed).toFixed(1)} requests/s (floor requests included)`);
    for (const [label, list] of Object.entries(samples)) {
      console.log(row(label, summarize(list), label === "couple.get (home)" ? summarize(samples[floorLabel] ?? []) : undefined));
    }
    console.log(`errors: ${Object.keys(errors).length ? JSON.stringify(errors) : "0"}`);
    const faultReport = await fault;
    if (faultReport) {
      const check = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
      const [{ n }] = (await check`select count(*)::int as n from commitment_check_ins`) as unknown as [{ n: number }];
      await check.end();
      console.log(
        `fault: PostgreSQL restarted ${faultReport.at.toFixed(1)} s in; /api/health said "degraded" ${faultReport.degradedPolls} time(s); the app read the database again ${faultReport.recoveredAfter.toFixed(1)} s after the restart began; acknowledged check-ins ${acknowledgedCheckIns}, in the database ${n} (${n >= acknowledgedCheckIns ? "none lost" : `LOST ${acknowledgedCheckIns - n}`})`,
      );
    }
    console.log(`events: ${delivered} delivered of ${sent} sent (${sent ? ((delivered / sent) * 100).toFixed(2) : "—"}%)`);
    for (const client of clients) client.disconnect();
    await floor.close();
  } finally {
    app.stop();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
