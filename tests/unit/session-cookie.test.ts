import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionIdFromCookies } from "@/server/auth/session-cookie";
import { authSecret } from "@/server/env";

/** A request's cookies, as next/headers hands them over. */
function jar(entries: Record<string, string>) {
  const cookies = new Map(Object.entries(entries));
  return { get: (name: string) => (cookies.has(name) ? { value: cookies.get(name) ?? "" } : undefined), has: (name: string) => cookies.has(name) };
}

const token = (sid: unknown, options: { salt?: string; secret?: string; maxAge?: number } = {}) =>
  encode({ token: { sub: "user-1", sid } as never, secret: options.secret ?? authSecret(), salt: options.salt ?? "authjs.session-token", maxAge: options.maxAge ?? 3600 });

describe("the session cookie", () => {
  it("names its session when Auth.js wrote it, over http and over https", async () => {
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": await token("sid-plain") }))).toBe("sid-plain");
    const secure = await token("sid-secure", { salt: "__Secure-authjs.session-token" });
    expect(await sessionIdFromCookies(jar({ "__Secure-authjs.session-token": secure }))).toBe("sid-secure");
  });

  it("is refused when forged, altered, moved to the other cookie name, or without a session id", async () => {
    const good = await token("sid-1");
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": await token("sid-1", { secret: "not-our-secret-not-our-secret-123" }) }))).toBeNull();
    const altered = `${good.slice(0, -6)}${good.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": altered }))).toBeNull();
    // The cookie name is the key's salt: a token can't be replayed under the other name.
    expect(await sessionIdFromCookies(jar({ "__Secure-authjs.session-token": good }))).toBeNull();
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": await token(undefined) }))).toBeNull();
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": "not a token" }))).toBeNull();
    expect(await sessionIdFromCookies(jar({}))).toBeNull();
  });

  it("stops counting once the cookie has expired, even after it was verified and remembered", async () => {
    const cookie = jar({ "authjs.session-token": await token("sid-ages", { maxAge: 60 }) });
    expect(await sessionIdFromCookies(cookie)).toBe("sid-ages");
    expect(await sessionIdFromCookies(cookie, Date.now() + 61_000)).toBeNull();
  });

  it("leaves a cookie split into chunks to Auth.js", async () => {
    expect(await sessionIdFromCookies(jar({ "authjs.session-token.0": "part", "authjs.session-token.1": "part" }))).toBeUndefined();
  });
});
