import { sql } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { authorizeChannel } from "@/server/realtime/authorize";
import { careChannel, coupleChannel, userChannel } from "@/server/realtime/events";
import { POLICY, type Outcome } from "../authz/policy";
import { PROCEDURE_TYPES, procedureAt } from "../authz/procedures";
import { ACTORS, MARKERS, seedWorld, type Actor, type World } from "../authz/world";
import { rowsOf, testDb } from "../support/db";

async function outcomeOf(w: World, path: string, actor: Actor): Promise<{ outcome: Outcome; data: unknown }> {
  const spec = POLICY[path]!;
  try {
    const data = await procedureAt(w.callers[actor], path)(spec.input?.(w, actor));
    return { outcome: "ok", data };
  } catch (error) {
    if (error instanceof TRPCError) return { outcome: error.code, data: null };
    throw error;
  }
}

/** Every table's rows (but the sign-in counters), hashed: a refused call must leave it unchanged. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = rowsOf<{ tablename: string }>(await db.execute(sql`select tablename from pg_tables where schemaname = 'public' and tablename <> 'rate_limits' order by tablename`));
  const result: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = rowsOf<{ h: string | null }>(await db.execute(sql.raw(`select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as h from "${tablename}" t`)));
    result[tablename] = row?.h ?? "";
  }
  return result;
}

/**
 * What this actor must never receive: the other partner's private words (to a partner), both
 * partners' private words (to the therapist), and anything of the couple (to everyone else).
 */
function leaks(actor: Actor, data: unknown): string[] {
  const text = JSON.stringify(data ?? null);
  const forbidden =
    actor === "self" ? MARKERS.samPrivate : actor === "partner" ? MARKERS.alexPrivate : actor === "therapistWith" ? [...MARKERS.alexPrivate, ...MARKERS.samPrivate] : [...MARKERS.shared, ...MARKERS.alexPrivate, ...MARKERS.samPrivate];
  return forbidden.filter((marker) => text.includes(marker));
}

describe("authorization matrix: every procedure × every actor", () => {
  it("the policy names every procedure of the router, and nothing else", () => {
    const procedures = Object.keys(PROCEDURE_TYPES).sort();
    expect(Object.keys(POLICY).sort()).toEqual(procedures);
  });

  it("each cell gives the outcome the policy says; refused calls change nothing; nothing private leaks", { timeout: 600_000 }, async () => {
    const db = await testDb();
    const shared = await seedWorld(db);
    const mismatches: string[] = [];
    const leaked: string[] = [];
    const record = (path: string, actor: Actor, expected: Outcome, got: { outcome: Outcome; data: unknown }) => {
      if (got.outcome !== expected) mismatches.push(`${path} as ${actor}: expected ${expected}, got ${got.outcome}`);
      for (const marker of leaks(actor, got.data)) leaked.push(`${path} as ${actor}: ${marker}`);
    };
    const cells = Object.entries(POLICY).flatMap(([path, spec]) => ACTORS.map((actor) => ({ path, spec, actor, expected: spec.expect[actor] })));
    const isQuery = (path: string) => PROCEDURE_TYPES[path] === "query";

    // 1. Every refused cell, on one world: each must fail as expected and, together, change nothing.
    const before = await fingerprint(db);
    for (const cell of cells.filter((c) => c.expected !== "ok")) record(cell.path, cell.actor, cell.expected, await outcomeOf(shared, cell.path, cell.actor));
    expect(await fingerprint(db)).toEqual(before);

    // 2. Allowed reads on the same world (a therapist's read adds to the access log: after the check).
    for (const cell of cells.filter((c) => c.expected === "ok" && isQuery(c.path))) record(cell.path, cell.actor, "ok", await outcomeOf(shared, cell.path, cell.actor));
    // 3. Allowed writes that touch nothing the other cells read, on the same world.
    for (const cell of cells.filter((c) => c.expected === "ok" && !isQuery(c.path) && c.spec.harmless)) record(cell.path, cell.actor, "ok", await outcomeOf(shared, cell.path, cell.actor));
    // 4. Every other allowed write on a world of its own.
    for (const cell of cells.filter((c) => c.expected === "ok" && !isQuery(c.path) && !c.spec.harmless)) {
      const world = await seedWorld(db);
      await cell.spec.prepare?.(world);
      record(cell.path, cell.actor, "ok", await outcomeOf(world, cell.path, cell.actor));
    }

    console.log(`authorization matrix: ${Object.keys(POLICY).length} procedures × ${ACTORS.length} actors = ${cells.length} cells, ${cells.filter((c) => c.expected === "ok").length} allowed`);
    expect(mismatches).toEqual([]);
    expect(leaked).toEqual([]);
  });

  it("the realtime channel-authorization endpoint: each channel × each actor", async () => {
    const db = await testDb();
    const w = await seedWorld(db);
    const alexEpoch = w.viewers.self!.realtimeEpoch;
    const CHANNELS: Record<string, Record<Actor, boolean>> = {
      [coupleChannel(w.coupleId)]: { anonymous: false, self: true, partner: true, exPartner: false, otherCouple: false, therapistWith: false, therapistWithout: false },
      [`presence-couple-${w.coupleId}-session-${w.ids.sessionId}`]: { anonymous: false, self: true, partner: true, exPartner: false, otherCouple: false, therapistWith: false, therapistWithout: false },
      [userChannel(w.people.alex.id, alexEpoch)]: { anonymous: false, self: true, partner: false, exPartner: false, otherCouple: false, therapistWith: false, therapistWithout: false },
      [careChannel(w.ids.linkId)]: { anonymous: false, self: false, partner: false, exPartner: false, otherCouple: false, therapistWith: true, therapistWithout: false },
      // Ulf's link: only Alex consented, so nobody may listen there.
      [careChannel(w.ids.ulfLinkId)]: { anonymous: false, self: false, partner: false, exPartner: false, otherCouple: false, therapistWith: false, therapistWithout: false },
    };
    const wrong: string[] = [];
    for (const [channel, expected] of Object.entries(CHANNELS)) {
      for (const actor of ACTORS) {
        const auth = await authorizeChannel(db, w.viewers[actor], "1234.5678", channel);
        if (Boolean(auth) !== expected[actor]) wrong.push(`${channel} as ${actor}: expected ${expected[actor] ? "allowed" : "refused"}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
