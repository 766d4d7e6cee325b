import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromWire, toWire } from "@/lib/wire";

/** Over HTTP, and through the RSC payload, the wire format is JSON text. */
const overTheWire = (value: unknown) => fromWire(JSON.parse(JSON.stringify(toWire(value))));

/** What tRPC outputs are made of: JSON values and Dates (valid or not), anywhere, with undefined fields and items and non-finite numbers. */
const date = fc.oneof(fc.date({ noInvalidDate: true }), fc.constant(new Date(Number.NaN)));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, fc.string(), fc.double(), fc.boolean(), fc.constant(null), date, tie("array"), tie("object")),
  array: fc.array(fc.oneof(tie("value"), fc.constant(undefined)), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "json", "dates", "0")), fc.oneof(tie("value"), fc.constant(undefined)), { maxKeys: 5 }),
}));

/** The value as it should arrive, as JSON would carry it: undefined fields dropped, undefined items, NaN and ±Infinity as null, -0 as 0. */
function expected(v: unknown): unknown {
  if (v instanceof Date) return v;
  if (Array.isArray(v)) return v.map((item) => (item === undefined ? null : expected(item)));
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  if (typeof v === "object" && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) if (item !== undefined) Object.defineProperty(out, key, { value: expected(item), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return Object.is(v, -0) ? 0 : v;
}

describe("the tRPC wire format", () => {
  it("brings back every JSON value with its Dates, exactly, with or without JSON text in between", () => {
    fc.assert(
      fc.property(value, (v) => {
        // toEqual: toStrictEqual would compare an own "constructor" key as the class.
        expect(overTheWire(v)).toEqual(expected(v));
        // A server page hands the dehydrated state to the browser as an object, not JSON text.
        expect(fromWire(toWire(v))).toEqual(expected(v));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the same wire value twice alike, never changing it (React Query may hydrate a page's state again)", () => {
    fc.assert(
      fc.property(value, (v) => {
        const wire = JSON.parse(JSON.stringify(toWire(v))) as unknown;
        const before = JSON.stringify(wire);
        const first = fromWire(wire);
        expect(JSON.stringify(wire)).toBe(before);
        expect(fromWire(wire)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it("brings back Dates as Dates, at the top, in arrays and in objects", () => {
    const at = new Date("2026-12-02T03:04:05.678Z");
    type Back = { at: Date; list: [Date, { at: Date }]; nested: { deeper: { at: Date } }; text: string };
    const back = overTheWire({ at, list: [at, { at }], nested: { deeper: { at } }, text: at.toISOString() }) as Back;
    expect(back.at).toBeInstanceOf(Date);
    expect(back.at.getTime()).toBe(at.getTime());
    expect(back.list[0]).toBeInstanceOf(Date);
    expect(back.list[1].at).toBeInstanceOf(Date);
    expect(back.nested.deeper.at).toBeInstanceOf(Date);
    // A string that looks like a date stays a string.
    expect(back.text).toBe(at.toISOString());
    expect(overTheWire(at)).toStrictEqual(at);
    expect(toWire({ text: "plain" })).toStrictEqual({ json: { text: "plain" } });
  });

  it("refuses what JSON cannot carry instead of sending it changed", () => {
    for (const bad of [new Map([["a", 1]]), new Set([1]), 1n, () => 1, Symbol("s"), new (class Secret {})(), { deep: [new Map()] }]) {
      expect(() => toWire(bad), String(typeof bad)).toThrow(TypeError);
    }
  });

  it("reads a hand-written body only along the value's own keys: no prototype is touched", () => {
    const hostile = [
      { json: {}, dates: [["__proto__", "polluted"]] },
      { json: { a: {} }, dates: [["a", "constructor", "prototype", "polluted"]] },
      { json: { a: "2026-01-01" }, dates: [["a", "toString"]] },
      { json: { a: 1 }, dates: [["a"]] },
      // An inherited key is refused even where it holds a string.
      { json: Object.create({ inherited: "2026-01-01" }) as object, dates: [["inherited"]] },
      { json: { a: Object.create({ inherited: "2026-01-01" }) as object }, dates: [["a", "inherited"]] },
      { json: {}, dates: "a" },
      { json: {}, dates: [{ 0: "a" }] },
      { json: [], dates: [[{}]] },
      "text",
      null,
    ];
    for (const body of hostile) expect(() => fromWire(body), JSON.stringify(body)).toThrow(TypeError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("keeps an own __proto__ key as data on both sides", () => {
    const sent = JSON.parse('{"__proto__": {"polluted": true}, "at": "x"}') as object;
    const back = overTheWire(sent) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.hasOwn(back, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
