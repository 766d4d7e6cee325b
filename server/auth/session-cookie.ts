import "server-only";
import { decode } from "next-auth/jwt";
import { LRUCache } from "lru-cache";
import { authSecret } from "@/server/env";
import { sessionCookieName } from "./cookie-names";

interface CookieReader {
  get(name: string): { value: string } | undefined;
  has(name: string): boolean;
}

/** What a verified cookie names: the `sessions` row and when the cookie itself stops being valid. */
interface Verified {
  sid: string;
  expiresAtMs: number;
}

/**
 * Verified cookies, keyed by the cookie's exact text. Decrypting the cookie (a key derivation, an
 * AES decryption and an HMAC check) was the largest cost of a request; a cookie seen before needs
 * none of it. Only the cookie's own validity is cached: the session row is still read on every
 * request (server/auth/sessions.ts), so signing out or out everywhere takes effect at once.
 */
const verified = new LRUCache<string, Verified>({ max: 10_000 });

/**
 * The server-side session id carried by the request's Auth.js cookie, or null when there is no
 * valid cookie. `secure`: the request came over https, and then only the __Secure- cookie counts,
 * as in Auth.js (a plain cookie can be planted by anyone on the network path, e.g. a shared home
 * router, and would sign the person into someone else's account). `undefined` means the cookie is
 * split into chunks (only a very large token is): the caller then asks Auth.js itself.
 */
export async function sessionIdFromCookies(cookies: CookieReader, secure: boolean, now = Date.now()): Promise<string | null | undefined> {
  const name = sessionCookieName(secure);
  if (cookies.has(`${name}.0`)) return undefined;
  const token = cookies.get(name)?.value;
  if (!token) return null;
  const key = `${name}\n${token}`;
  let hit = verified.get(key);
  if (!hit) {
    const payload = await decode({ token, secret: authSecret(), salt: name }).catch(() => null);
    if (!payload || typeof payload.sid !== "string" || typeof payload.exp !== "number") return null;
    hit = { sid: payload.sid, expiresAtMs: payload.exp * 1000 };
    verified.set(key, hit);
  }
  return hit.expiresAtMs > now ? hit.sid : null;
}

/**
 * Whether the request came over https, as Auth.js decides it for `auth()`: Next sets
 * X-Forwarded-Proto on every request it serves (a proxy in front sets its own).
 */
export function cameOverHttps(headers: Headers): boolean {
  return (headers.get("x-forwarded-proto") ?? "").split(",")[0]!.trim() === "https";
}
