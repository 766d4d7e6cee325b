import { NextResponse, type NextRequest } from "next/server";

// Auth.js session cookie names (the __Secure- prefix is used over https).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * An early, optimistic redirect for signed-out visitors to signed-in pages. It only looks for the
 * cookie: the real check (signature, and the session row still existing) runs in the page and in
 * the tRPC ladder.
 */
export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/home/:path*", "/couple/:path*", "/settings/:path*", "/exercises/:path*", "/boundaries/:path*", "/commitments/:path*", "/timeline/:path*", "/print/:path*"] };
