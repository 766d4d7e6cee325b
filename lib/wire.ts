/**
 * tRPC's wire format: plain JSON plus the paths of the Dates in it, `{ json, dates? }`. Used for
 * inputs (the request body, `{ json }` as before) and outputs (responses, and the React Query state
 * a server page hands to the browser).
 *
 * Dates are the only non-JSON value Twofold sends (timestamps from the database), so this does the
 * one job superjson did for us at a tenth of its size in every page's first-load JavaScript
 * (docs/benchmarks.md). Everything else travels as JSON does — an undefined field is left out;
 * undefined in a list, NaN and ±Infinity become null; -0 becomes 0 — whether or not JSON text is in
 * between. A Map, a Set, a class instance or a bigint is refused on the way out instead of arriving
 * changed. `tests/unit/wire.test.ts` proves the round trip with fast-check.
 */
export type WirePath = Array<string | number>;
export interface Wire {
  json: unknown;
  dates?: WirePath[];
}

export function toWire(value: unknown): Wire {
  const dates: WirePath[] = [];
  const path: WirePath = [];
  const walk = (v: unknown): unknown => {
    if (v instanceof Date) {
      dates.push([...path]);
      // An invalid Date has no ISO form: null, read back as an invalid Date.
      return Number.isNaN(v.getTime()) ? null : v.toISOString();
    }
    if (Array.isArray(v)) {
      return v.map((item, i) => {
        path.push(i);
        // As JSON.stringify would: a hole or undefined in a list becomes null.
        const out = item === undefined ? null : walk(item);
        path.pop();
        return out;
      });
    }
    if (typeof v === "object" && v !== null) {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) throw new TypeError(`A ${proto?.constructor?.name ?? "class instance"} cannot be sent as JSON`);
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) {
        if (item === undefined) continue;
        path.push(key);
        // An own "__proto__" key stays a key: plain assignment would set the prototype instead.
        Object.defineProperty(out, key, { value: walk(item), enumerable: true, writable: true, configurable: true });
        path.pop();
      }
      return out;
    }
    if (typeof v === "bigint" || typeof v === "function" || typeof v === "symbol") throw new TypeError(`A ${typeof v} cannot be sent as JSON`);
    // As JSON.stringify would, here too: a server page hands this to the browser without JSON text
    // in between, and it must arrive the same as over HTTP.
    if (typeof v === "number" && !Number.isFinite(v)) return null;
    if (Object.is(v, -0)) return 0;
    return v;
  };
  const json = walk(value);
  return dates.length > 0 ? { json, dates } : { json };
}

/**
 * Reads what `toWire` wrote, without changing it: React Query may hydrate the same server-rendered
 * state twice (going Back), so the objects along each path are copied before a Date goes in. A
 * request body is anyone's to write, so a path may only step through the value's own keys (an
 * inherited `__proto__` or `constructor` is refused; an own key of that name, as JSON.parse makes
 * it, is plain data) and must end at a string or null.
 */
export function fromWire(wire: unknown): unknown {
  if (typeof wire !== "object" || wire === null) throw new TypeError("Not in the expected format");
  const { json, dates } = wire as { json?: unknown; dates?: unknown };
  if (dates === undefined) return json;
  if (!Array.isArray(dates)) throw new TypeError("Not in the expected format");
  const copies = new Set<object>();
  const copyOf = (value: unknown): Record<string | number, unknown> => {
    if (typeof value !== "object" || value === null) throw new TypeError("Not in the expected format");
    if (copies.has(value)) return value as Record<string | number, unknown>;
    // Spread defines keys as data, so an own "__proto__" stays a key here too.
    const copy = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) };
    copies.add(copy);
    return copy as Record<string | number, unknown>;
  };
  let root = json;
  for (const path of dates) {
    if (!Array.isArray(path)) throw new TypeError("Not in the expected format");
    if (path.length === 0) {
      root = revive(root);
      continue;
    }
    const top = copyOf(root);
    root = top;
    let parent = top;
    for (let i = 0; i < path.length; i++) {
      const key: unknown = path[i];
      if ((typeof key !== "string" && typeof key !== "number") || !Object.hasOwn(parent, key)) throw new TypeError("Not in the expected format");
      if (i === path.length - 1) {
        parent[key] = revive(parent[key]);
      } else {
        const child = copyOf(parent[key]);
        parent[key] = child;
        parent = child;
      }
    }
  }
  return root;
}

function revive(value: unknown): Date {
  if (value === null) return new Date(Number.NaN);
  if (typeof value !== "string") throw new TypeError("Not in the expected format");
  return new Date(value);
}

/** The transformer for tRPC (server and client) and for React Query's dehydrate/hydrate. */
export const wireTransformer = { serialize: toWire, deserialize: fromWire };
