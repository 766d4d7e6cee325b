import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/server/auth/cookie-names";
import { env } from "@/server/env";
import { HSTS, contentSecurityPolicy, newNonce, pageHostFrom } from "@/server/http/security-headers";
import { browserRealtimeConfig } from "@/server/realtime/config";

/** Pages only for signed-in people: never cached, and an early redirect when there is no session cookie. */
export const SIGNED_IN_PATHS = ["/home", "/couple", "/settings", "/exercises", "/boundaries", "/commitments", "/timeline", "/print", "/private", "/safety-check", "/therapist", "/therapist-access"];

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Runs before every page (API responses get their headers from next.config.ts: running the proxy
 * for them cost more than half a millisecond per request, and they need no nonce):
 * - a fresh CSP nonce per page (Next reads it from the request's policy header for its scripts);
 * - `Cache-Control: no-store` on signed-in pages, HSTS in production;
 * - an early, optimistic redirect for signed-out visitors to signed-in pages. It only looks for the
 *   cookie: the real check (signature, and the session row still existing) runs in the page and in
 *   the tRPC ladder.
 */
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const signedInPage = SIGNED_IN_PATHS.some((prefix) => under(path, prefix));
  const finish = (response: NextResponse) => {
    if (env.NODE_ENV === "production") response.headers.set("Strict-Transport-Security", HSTS);
    if (signedInPage) response.headers.set("Cache-Control", "no-store");
    return response;
  };

  // A therapist's invitation opens signed out too: it offers to create a therapist account.
  const needsSession = signedInPage && !under(path, "/therapist/join");
  if (needsSession && !Object.values(SESSION_COOKIE).some((name) => request.cookies.has(name))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", path);
    return finish(NextResponse.redirect(signIn));
  }

  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: env.NODE_ENV === "development", realtime: browserRealtimeConfig(), pageHost: pageHostFrom(request.headers, request.nextUrl.hostname) });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return finish(response);
}

export const config = {
  // Every page: not Next's static files (no user data, cached by design), nor the API (next.config.ts).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
