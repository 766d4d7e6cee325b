import type Pusher from "pusher-js";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { resolveSession, createSession } from "@/server/auth/sessions";
import { realtimeConfig } from "@/server/realtime/config";
import { REALTIME_EVENT_NAME, coupleChannel, userChannel } from "@/server/realtime/events";
import { channelSignature, hmacHex, md5Hex } from "@/server/realtime/protocol";
import { pusherServer } from "@/server/realtime/publish";
import { callerFor, createCouple, createUser } from "../factories";
import type { Db } from "@/db";
import { testDb } from "../support/db";
import { collect, deviceFor, embeddedRealtime, restartEmbedded, settle, startEmbedded, subscribe, until, waitForState } from "../support/realtime";

const clients: Pusher[] = [];
function track(client: Pusher) {
  clients.push(client);
  return client;
}
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});

async function viewerOf(db: Db, userId: string) {
  return resolveSession(db, await createSession(db, userId));
}

async function device(db: Db, userId: string | null, options?: { forgeAuth?: boolean; port?: number }) {
  const client = track(deviceFor(db, userId ? await viewerOf(db, userId) : null, options));
  await waitForState(client, "connected");
  return client;
}

describe("embedded Pusher-protocol server with real pusher-js and pusher clients", () => {
  it("connects with a socket id, and a couple member receives what the app triggers on the couple channel", async () => {
    const db = await testDb();
    const { a, callerA } = await createCouple(db);
    const { id: coupleId } = await callerA.couple.get();
    const phone = await device(db, a.id);
    expect(phone.connection.socket_id).toMatch(/^\d+\.\d+$/);

    expect(await subscribe(phone, coupleChannel(coupleId))).toEqual({ ok: true });
    const received = collect(phone, coupleChannel(coupleId), REALTIME_EVENT_NAME);
    await pusherServer().trigger(coupleChannel(coupleId), REALTIME_EVENT_NAME, { kind: "couple", id: coupleId });
    await until(() => received.length === 1, 5_000, "the event");
    expect(received[0]).toEqual({ kind: "couple", id: coupleId });
  });

  it("refuses a subscription with a bad signature", async () => {
    const db = await testDb();
    const { a, callerA } = await createCouple(db);
    const { id: coupleId } = await callerA.couple.get();
    const forged = await device(db, a.id, { forgeAuth: true });
    const outcome = await subscribe(forged, coupleChannel(coupleId));
    expect(outcome.ok).toBe(false);
    expect((outcome as { error: { status?: number } }).error.status).toBe(401);
  });

  it("refuses a foreign couple's channel, another person's channel, and anyone signed out", async () => {
    const db = await testDb();
    const first = await createCouple(db);
    const second = await createCouple(db);
    const firstId = (await first.callerA.couple.get()).id;
    const outsider = await device(db, second.a.id);
    expect((await subscribe(outsider, coupleChannel(firstId))).ok).toBe(false);
    expect((await subscribe(outsider, userChannel(first.a.id, 0))).ok).toBe(false);
    expect((await subscribe(outsider, `presence-couple-${firstId}-together`)).ok).toBe(false);
    const anonymous = await device(db, null);
    expect((await subscribe(anonymous, userChannel(first.a.id, 0))).ok).toBe(false);
    // Their own channels are fine.
    expect((await subscribe(outsider, userChannel(second.a.id, 0))).ok).toBe(true);
  });

  it("tells the inviter, on their own channel, that their partner accepted (a kind and an id, nothing else)", async () => {
    const db = await testDb();
    const alex = await createUser(db, { name: "Alex" });
    const sam = await createUser(db, { name: "Sam" });
    const waiting = await device(db, alex.id);
    await subscribe(waiting, userChannel(alex.id, 0));
    const received = collect<Record<string, unknown>>(waiting, userChannel(alex.id, 0), REALTIME_EVENT_NAME);

    const { token } = await (await callerFor(db, alex.id)).invite.create();
    await (await callerFor(db, sam.id)).invite.accept({ token });
    await until(() => received.some((e) => e.kind === "couple"), 5_000, "the linked event");
    const linked = received.find((e) => e.kind === "couple")!;
    expect(Object.keys(linked).sort()).toEqual(["id", "kind"]);
    expect(linked.id).toBe((await (await callerFor(db, alex.id)).couple.get()).id);
  });

  it("sign out of every device moves the person's channel: sockets left open on old devices hear nothing more", async () => {
    const db = await testDb();
    const alex = await createUser(db, { name: "Alex" });
    const oldDevice = await device(db, alex.id);
    expect((await subscribe(oldDevice, userChannel(alex.id, 0))).ok).toBe(true);
    const heardOnOld = collect(oldDevice, userChannel(alex.id, 0), REALTIME_EVENT_NAME);

    const caller = await callerFor(db, alex.id);
    await caller.account.signOutEverywhere();
    const fresh = await callerFor(db, alex.id);
    await fresh.invite.create();
    await settle();
    expect(heardOnOld).toHaveLength(0);

    const newDevice = await device(db, alex.id);
    expect((await subscribe(newDevice, userChannel(alex.id, 0))).ok).toBe(false);
    expect((await subscribe(newDevice, userChannel(alex.id, 1))).ok).toBe(true);
    const heardOnNew = collect(newDevice, userChannel(alex.id, 1), REALTIME_EVENT_NAME);
    await fresh.invite.revoke();
    await until(() => heardOnNew.length === 1, 5_000, "an event on the new channel");
  });

  it("presence: members see each other join and leave", async () => {
    const db = await testDb();
    const { a, b, callerA } = await createCouple(db, ["Alex", "Sam"]);
    const channel = `presence-couple-${(await callerA.couple.get()).id}-together`;
    const phoneA = await device(db, a.id);
    await subscribe(phoneA, channel);
    const added = collect<{ id: string; info: { name: string } }>(phoneA, channel, "pusher:member_added");
    const removed = collect<{ id: string }>(phoneA, channel, "pusher:member_removed");

    const phoneB = await device(db, b.id);
    await subscribe(phoneB, channel);
    await until(() => added.length === 1, 5_000, "member_added");
    expect(added[0]).toMatchObject({ id: b.id, info: { name: "Sam" } });
    const members = (phoneB.channel(channel) as unknown as { members: { count: number } }).members;
    expect(members.count).toBe(2);

    phoneB.disconnect();
    await until(() => removed.length === 1, 5_000, "member_removed");
    expect(removed[0]).toMatchObject({ id: b.id });
  });

  it("leaving ends the old couple's channel: a last notice, re-subscribing refused, and nothing after", async () => {
    const db = await testDb();
    const { a, b, callerA, callerB } = await createCouple(db, ["Alex", "Sam"]);
    const oldId = (await callerA.couple.get()).id;
    const phoneA = await device(db, a.id);
    const phoneB = await device(db, b.id);
    await subscribe(phoneA, coupleChannel(oldId));
    await subscribe(phoneB, coupleChannel(oldId));
    const seenByA = collect(phoneA, coupleChannel(oldId), REALTIME_EVENT_NAME);
    const seenByB = collect(phoneB, coupleChannel(oldId), REALTIME_EVENT_NAME);

    await callerB.couple.leave();
    await until(() => seenByA.length === 1, 5_000, "the ended event");
    expect(seenByA[0]).toEqual({ kind: "couple", id: oldId });

    // Neither former partner may subscribe to the ended couple again.
    phoneA.unsubscribe(coupleChannel(oldId));
    expect((await subscribe(phoneA, coupleChannel(oldId))).ok).toBe(false);
    const laterB = await device(db, b.id);
    expect((await subscribe(laterB, coupleChannel(oldId))).ok).toBe(false);

    // A links with someone new: that couple has a new channel, and B's old subscription hears nothing.
    const kim = await createUser(db, { name: "Kim" });
    const { token } = await callerA.invite.create();
    await (await callerFor(db, kim.id)).invite.accept({ token });
    const newId = (await callerA.couple.get()).id;
    expect(newId).not.toBe(oldId);
    await callerA.couple.leave();
    await settle();
    expect(seenByB).toHaveLength(1);
    expect(JSON.stringify(seenByB)).not.toContain(newId);
  });

  it("after a server restart the client reconnects and resubscribes; a realtime outage never fails a write", async () => {
    const db = await testDb();
    const { a, callerA } = await createCouple(db);
    const coupleId = (await callerA.couple.get()).id;
    const phone = await device(db, a.id);
    await subscribe(phone, coupleChannel(coupleId));
    const received = collect(phone, coupleChannel(coupleId), REALTIME_EVENT_NAME);

    const running = await embeddedRealtime();
    await running.close();
    await waitForState(phone, "connecting", 5_000).catch(() => waitForState(phone, "unavailable", 5_000));
    // The write commits even though nobody can be told about it.
    const kim = await createUser(db);
    const invite = await (await callerFor(db, kim.id)).invite.create();
    expect(invite.token).toBeTruthy();

    await restartEmbedded();
    await waitForState(phone, "connected", 30_000);
    await until(() => phone.channel(coupleChannel(coupleId))?.subscribed === true, 10_000, "resubscription");
    await pusherServer().trigger(coupleChannel(coupleId), REALTIME_EVENT_NAME, { kind: "couple", id: coupleId });
    await until(() => received.length === 1, 5_000, "an event after reconnecting");
  }, 60_000);
});

describe("HTTP events API", () => {
  const config = realtimeConfig();
  const base = () => `http://127.0.0.1:${config.port}`;

  function signed(path: string, body: string, overrides: Record<string, string> = {}) {
    const params: Record<string, string> = {
      auth_key: config.key,
      auth_timestamp: String(Math.floor(Date.now() / 1000)),
      auth_version: "1.0",
      body_md5: md5Hex(body),
      ...overrides,
    };
    const query = Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join("&");
    const signature = overrides.auth_signature ?? hmacHex(config.secret, ["POST", path, query].join("\n"));
    return fetch(`${base()}${path}?${query}&auth_signature=${signature}`, { method: "POST", body, headers: { "content-type": "application/json" } });
  }

  const body = JSON.stringify({ name: "change", channels: ["private-user-x"], data: JSON.stringify({ kind: "invite" }) });
  const path = () => `/apps/${config.appId}/events`;

  it("accepts a correctly signed request, as the pusher SDK sends it", async () => {
    await embeddedRealtime();
    expect((await signed(path(), body)).status).toBe(200);
    await expect(pusherServer().triggerBatch([{ channel: "private-user-x", name: "change", data: { kind: "invite" } }])).resolves.toBeTruthy();
  });

  it("rejects a bad auth_signature, a stale auth_timestamp and a wrong body_md5", async () => {
    await embeddedRealtime();
    expect((await signed(path(), body, { auth_signature: "0".repeat(64) })).status).toBe(401);
    expect((await signed(path(), body, { auth_timestamp: String(Math.floor(Date.now() / 1000) - 3600) })).status).toBe(401);
    expect((await signed(path(), body, { body_md5: md5Hex("something else") })).status).toBe(401);
  });
});

describe("socket protocol and limits", () => {
  function rawSocket(port: number, key: string) {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/app/${key}?protocol=7&client=test&version=1`);
    const messages: Array<{ event: string; data: unknown; channel?: string }> = [];
    ws.on("message", (raw) => {
      const message = JSON.parse(raw.toString()) as { event: string; data: unknown; channel?: string };
      if (typeof message.data === "string") {
        try {
          message.data = JSON.parse(message.data);
        } catch {
          /* plain string data */
        }
      }
      messages.push(message);
    });
    const closed = new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
    return { ws, messages, closed, socketId: () => (messages[0]?.data as { socket_id?: string } | undefined)?.socket_id };
  }

  it("answers ping with pong, refuses client events, and closes an unknown app key with 4001", async () => {
    const server = await embeddedRealtime();
    const socket = rawSocket(server.port, realtimeConfig().key);
    await until(() => socket.messages.length > 0, 5_000, "connection_established");
    expect(socket.messages[0]?.event).toBe("pusher:connection_established");
    expect(socket.messages[0]?.data).toMatchObject({ activity_timeout: expect.any(Number) });
    socket.ws.send(JSON.stringify({ event: "pusher:ping", data: {} }));
    socket.ws.send(JSON.stringify({ event: "client-typing", channel: "private-x", data: {} }));
    socket.ws.send("not json");
    socket.ws.send(JSON.stringify({ event: "pusher:subscribe", data: { channel: "public-news" } }));
    await until(() => socket.messages.length >= 5, 5_000, "replies");
    expect(socket.messages.slice(1).map((m) => m.event)).toEqual(["pusher:pong", "pusher:error", "pusher:error", "pusher:subscription_error"]);
    socket.ws.close();

    const wrongKey = rawSocket(server.port, "not-the-key");
    expect(await wrongKey.closed).toBe(4001);
    expect(wrongKey.messages.some((m) => m.event === "pusher:error")).toBe(true);
  });

  it("survives malformed requests, bad upgrade paths, long keys and hostile frames", async () => {
    const server = await embeddedRealtime();
    const { request } = await import("node:http");
    const raw = (path: string, headers: Record<string, string> = {}) =>
      new Promise<number>((resolve) => {
        const req = request({ host: "127.0.0.1", port: server.port, path, method: "POST", headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", () => resolve(-1));
        req.end("null");
      });
    expect(await raw("//[")).toBe(400);
    expect(await raw(`/apps/${realtimeConfig().appId}/events`)).toBe(401);
    const upgrade = (path: string) =>
      new Promise<void>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}${path}`);
        ws.on("error", () => resolve());
        ws.on("close", () => resolve());
      });
    await upgrade("/app/%E0%A4%A");
    await upgrade(`/app/${"k".repeat(200)}`);
    // A rejected socket that then sends a broken frame must not take the process down.
    const rejected = new WebSocket(`ws://127.0.0.1:${server.port}/app/wrong-key`);
    await new Promise((resolve) => rejected.on("open", resolve));
    (rejected as unknown as { _socket: { write(b: Buffer): void } })._socket.write(Buffer.from([0x8f, 0xff, 1, 2, 3, 4]));
    await new Promise((resolve) => rejected.on("close", resolve));
    const health = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(health.status).toBe(200);
  });

  it("limits channels per socket, connections per address and message size, and drops a slow socket", async () => {
    const config = realtimeConfig();
    const server = await startEmbedded({ port: 0, maxChannelsPerSocket: 2, maxConnectionsPerAddress: 2, maxMessageBytes: 1024, maxBufferedBytes: 64 * 1024 });
    try {
      const one = rawSocket(server.port, config.key);
      await until(() => !!one.socketId(), 5_000, "socket id");
      const sign = (name: string) => channelSignature(config.key, config.secret, one.socketId()!, name);
      for (const name of ["private-a", "private-b", "private-c"]) one.ws.send(JSON.stringify({ event: "pusher:subscribe", data: { channel: name, auth: sign(name) } }));
      await until(() => one.messages.length >= 4, 5_000, "subscription answers");
      expect(one.messages.slice(1).map((m) => m.event)).toEqual([
        "pusher_internal:subscription_succeeded",
        "pusher_internal:subscription_succeeded",
        "pusher:subscription_error",
      ]);

      const two = rawSocket(server.port, config.key);
      await until(() => !!two.socketId(), 5_000, "second socket");
      const three = rawSocket(server.port, config.key);
      expect(await three.closed).toBe(4004);

      two.ws.send("x".repeat(2048));
      expect(await two.closed).toBe(1009);

      // A socket that stops reading: its buffer grows, and the server drops it.
      const privateName = "private-slow";
      one.ws.send(JSON.stringify({ event: "pusher:unsubscribe", data: { channel: "private-a" } }));
      one.ws.send(JSON.stringify({ event: "pusher:subscribe", data: { channel: privateName, auth: channelSignature(config.key, config.secret, one.socketId()!, privateName) } }));
      await until(() => one.messages.some((m) => m.channel === privateName), 5_000, "private subscription");
      (one.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      const sdk = new (await import("pusher")).default({ appId: config.appId, key: config.key, secret: config.secret, host: "127.0.0.1", port: String(server.port), useTLS: false, cluster: "mt1" });
      const chunk = "y".repeat(9_000);
      // Loopback kernel buffers hold several MB before the server's own buffer starts to grow.
      const batch = Array.from({ length: 10 }, () => ({ channel: privateName, name: "change", data: chunk }));
      for (let i = 0; i < 600 && server.stats().dropped === 0; i++) await sdk.triggerBatch(batch);
      expect(server.stats().dropped).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  }, 60_000);
});
