import { describe, expect, it } from "vitest";
import { emailSchema, newPasswordSchema, signUpSchema } from "@/server/account/schema";
import { hashPassword, verifyPassword } from "@/server/account/password";
import { safeRedirectPath } from "@/server/auth/safe-redirect";
import { clientAddressFrom } from "@/server/http/client-address";
import { isCrossSiteMutation } from "@/server/http/same-origin";
import { contentSecurityPolicy, newNonce, pageHostFrom } from "@/server/http/security-headers";
import { storable } from "@/lib/storable";
import { formatInviteCode, normalizeInviteCode } from "@/server/invite/fields";
import { inviteCodeSchema } from "@/server/invite/schema";

describe("password rules", () => {
  it("accepts 8 to 128 characters with no composition rules", () => {
    expect(newPasswordSchema.safeParse("abcdefgh").success).toBe(true);
    expect(newPasswordSchema.safeParse("a".repeat(128)).success).toBe(true);
    expect(newPasswordSchema.safeParse("ünïcødé ✓ ok").success).toBe(true);
    expect(newPasswordSchema.safeParse("abcdefg").success).toBe(false);
    expect(newPasswordSchema.safeParse("a".repeat(129)).success).toBe(false);
  });

  it("refuses the most common passwords in any case", () => {
    expect(newPasswordSchema.safeParse("Password123").success).toBe(false);
    expect(newPasswordSchema.safeParse("12345678").success).toBe(false);
  });

  it("hashes with argon2id at OWASP's cost and verifies", async () => {
    const hashed = await hashPassword("a calm long passphrase");
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hashed, "a calm long passphrase")).toBe(true);
    expect(await verifyPassword(hashed, "a calm long passphrasE")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});

describe("email and sign-up input", () => {
  it("trims and lower-cases email", () => {
    expect(emailSchema.parse("  Kit@Example.COM ")).toBe("kit@example.com");
    expect(emailSchema.safeParse("kit@").success).toBe(false);
    expect(emailSchema.safeParse(`${"a".repeat(250)}@x.io`).success).toBe(false);
  });

  it("is strict about unknown keys", () => {
    expect(signUpSchema.safeParse({ name: "A", email: "a@b.co", password: "long enough", role: "admin" }).success).toBe(false);
  });
});

describe("invite codes", () => {
  it("normalises what people type and reads look-alike letters as digits", () => {
    expect(normalizeInviteCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(normalizeInviteCode("o1l0-I234")).toBe("01101234");
    expect(inviteCodeSchema.parse("k7m2 p9qr")).toBe("K7M2P9QR");
    expect(formatInviteCode("K7M2P9QR")).toBe("K7M2-P9QR");
  });

  it("refuses codes of the wrong length or with letters outside the alphabet", () => {
    expect(inviteCodeSchema.safeParse("ABC").success).toBe(false);
    expect(inviteCodeSchema.safeParse("ABCD-EFGU").success).toBe(false);
    expect(inviteCodeSchema.safeParse("ABCD-EFG!").success).toBe(false);
  });
});

describe("dates", () => {
  it("format in the zone asked for, so server (UTC) and reader (local) can differ on purpose", async () => {
    const { formatDate } = await import("@/lib/dates");
    const lateEvening = new Date("2026-11-23T02:00:00Z");
    expect(formatDate(lateEvening, "UTC")).toBe("November 23, 2026");
    expect(formatDate(lateEvening, "America/Los_Angeles")).toBe("November 22, 2026");
    // Unit tests run in America/New_York: the runtime zone is used when none is given.
    expect(formatDate(lateEvening)).toBe("November 22, 2026");
  });
});

describe("redirects after sign-in", () => {
  it("only ever go to a path on this site", () => {
    expect(safeRedirectPath("/invite/abc")).toBe("/invite/abc");
    expect(safeRedirectPath("//evil.example/x")).toBe("/home");
    expect(safeRedirectPath("https://evil.example")).toBe("/home");
    expect(safeRedirectPath("/\\evil.example")).toBe("/home");
    expect(safeRedirectPath(undefined)).toBe("/home");
    expect(safeRedirectPath("/\t/evil.example")).toBe("/home");
    expect(safeRedirectPath("/\n/evil.example")).toBe("/home");
    expect(safeRedirectPath("/home?x=1#y")).toBe("/home?x=1#y");
  });
});

describe("security headers", () => {
  const realtime = { key: "k", cluster: "", wsHost: "page", wsPort: 6001, forceTLS: false };
  it("builds a nonce CSP without plugins, <base> or framing, and lets the realtime socket through", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", dev: false, realtime, pageHost: "twofold.test" });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    for (const part of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "connect-src 'self' ws://twofold.test:6001 wss://twofold.test:6001"]) expect(policy).toContain(part);
    expect(policy).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ nonce: "n", dev: false, realtime: { ...realtime, wsHost: null, wsPort: null, forceTLS: true }, pageHost: "x" })).toContain("wss://*.pusher.com");
  });

  it("takes the page's host name from the Host header the browser sent, and only a well-formed one", () => {
    const from = (headers: Record<string, string>) => pageHostFrom(new Headers(headers), "fallback.test");
    expect(from({ host: "127.0.0.1:3000" })).toBe("127.0.0.1");
    expect(from({ host: "Twofold.Example:443" })).toBe("twofold.example");
    expect(from({ host: "[::1]:3000" })).toBe("[::1]");
    expect(from({ host: "inner:3000", "x-forwarded-host": "app.example, proxy.internal" })).toBe("app.example");
    // Anything that could add to the policy falls back to the URL's own host name.
    expect(from({ host: "evil.test; script-src *" })).toBe("fallback.test");
    expect(from({ host: "a b" })).toBe("fallback.test");
    expect(from({})).toBe("fallback.test");
  });

  it("gives every response its own nonce", () => {
    expect(new Set(Array.from({ length: 50 }, newNonce)).size).toBe(50);
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});

describe("storable text", () => {
  it("refuses a NUL character or half a surrogate pair anywhere in an input, keys included", () => {
    expect(storable({ title: "Phones at dinner 😀", list: ["a", { deep: "ok" }] })).toBe(true);
    expect(storable({ title: "bad\u0000" })).toBe(false);
    expect(storable({ note: "\uD800" })).toBe(false);
    expect(storable({ ["\uDC00"]: "key" })).toBe(false);
    expect(storable([1, null, true, "fine"])).toBe(true);
  });
});

describe("request checks", () => {
  it("takes the last x-forwarded-for entry as the client address", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "1.1.1.1, 10.0.0.2" }))).toBe("10.0.0.2");
    expect(clientAddressFrom(new Headers())).toBe("unknown");
  });

  it("refuses cross-site and non-JSON mutations to the API", () => {
    const post = (headers: Record<string, string>) => new Request("http://app.test/api/trpc/x", { method: "POST", headers });
    expect(isCrossSiteMutation(post({ "content-type": "application/json", host: "app.test", origin: "http://app.test" }))).toBe(false);
    expect(isCrossSiteMutation(post({ "content-type": "application/json", host: "app.test" }))).toBe(false);
    expect(isCrossSiteMutation(post({ "content-type": "application/json", host: "app.test", origin: "http://evil.test" }))).toBe(true);
    expect(isCrossSiteMutation(post({ "content-type": "application/x-www-form-urlencoded", host: "app.test" }))).toBe(true);
    expect(isCrossSiteMutation(new Request("http://app.test/api/trpc/x", { method: "GET" }))).toBe(false);
    expect(isCrossSiteMutation(post({ "content-type": "application/json", host: "app.test", origin: "null" }))).toBe(true);
    // Sec-Fetch-Site from the browser: only this site (or a typed-in address) may post.
    expect(isCrossSiteMutation(post({ "content-type": "application/json", host: "app.test", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteMutation(post({ "content-type": "application/json", host: "app.test", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteMutation(post({ "content-type": "application/json", host: "app.test", "sec-fetch-site": "same-site" }))).toBe(true);
  });
});
