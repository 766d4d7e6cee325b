import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { cameOverHttps, sessionIdFromCookies } from "@/server/auth/session-cookie";
import { authSecret } from "@/server/env";

/** A request's cookies, as next/headers hands them over. */
function jar(entries: Record<string, string>) {
  const cookies = new Map(Object.entries(entries));
  return { get: (name: string) => (cookies.has(name) ? { value: cookies.get(name) ?? "" } : undefined), has: (name: string) => cookies.has(name) };
}

const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const HTTP = false;
const HTTPS = true;

const token = (sid: unknown, options: { salt?: string; secret?: string; maxAge?: number } = {}) =>
  encode({ token: { sub: "user-1", sid } as never, secret: options.secret ?? authSecret(), salt: options.salt ?? PLAIN, maxAge: options.maxAge ?? 3600 });

describe("the session cookie", () => {
  it("names its session when Auth.js wrote it, over http and over https", async () => {
    expect(await sessionIdFromCookies(jar({ [PLAIN]: await token("sid-plain") }), HTTP)).toBe("sid-plain");
    expect(await sessionIdFromCookies(jar({ [SECURE]: await token("sid-secure", { salt: SECURE }) }), HTTPS)).toBe("sid-secure");
  });

  it("over https, only the __Secure- cookie counts: a plain one planted on the way is ignored", async () => {
    const planted = await token("someone-elses-session");
    expect(await sessionIdFromCookies(jar({ [PLAIN]: planted }), HTTP)).toBe("someone-elses-session");
    expect(await sessionIdFromCookies(jar({ [PLAIN]: planted }), HTTPS)).toBeNull();
    // Beside the person's own secure cookie, too.
    expect(await sessionIdFromCookies(jar({ [PLAIN]: planted, [SECURE]: await token("own", { salt: SECURE }) }), HTTPS)).toBe("own");
  });

  it("is refused when forged, altered, moved to the other cookie name, or without a session id", async () => {
    const good = await token("sid-1");
    expect(await sessionIdFromCookies(jar({ [PLAIN]: await token("sid-1", { secret: "not-our-secret-not-our-secret-123" }) }), HTTP)).toBeNull();
    const altered = `${good.slice(0, -6)}${good.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
    expect(await sessionIdFromCookies(jar({ [PLAIN]: altered }), HTTP)).toBeNull();
    // The cookie name is the key's salt: a token can't be replayed under the other name, even one
    // already verified (and remembered) under its own.
    expect(await sessionIdFromCookies(jar({ [PLAIN]: good }), HTTP)).toBe("sid-1");
    expect(await sessionIdFromCookies(jar({ [SECURE]: good }), HTTPS)).toBeNull();
    expect(await sessionIdFromCookies(jar({ [PLAIN]: await token(undefined) }), HTTP)).toBeNull();
    expect(await sessionIdFromCookies(jar({ [PLAIN]: "not a token" }), HTTP)).toBeNull();
    expect(await sessionIdFromCookies(jar({}), HTTP)).toBeNull();
  });

  it("stops counting once the cookie has expired, even after it was verified and remembered", async () => {
    const cookie = jar({ [PLAIN]: await token("sid-ages", { maxAge: 60 }) });
    expect(await sessionIdFromCookies(cookie, HTTP)).toBe("sid-ages");
    expect(await sessionIdFromCookies(cookie, HTTP, Date.now() + 61_000)).toBeNull();
  });

  it("leaves a cookie split into chunks to Auth.js", async () => {
    expect(await sessionIdFromCookies(jar({ [`${PLAIN}.0`]: "part", [`${PLAIN}.1`]: "part" }), HTTP)).toBeUndefined();
  });

  it("reads https from X-Forwarded-Proto, which Next sets on every request", () => {
    expect(cameOverHttps(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(cameOverHttps(new Headers({ "x-forwarded-proto": "https, http" }))).toBe(true);
    expect(cameOverHttps(new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(cameOverHttps(new Headers())).toBe(false);
  });
});
