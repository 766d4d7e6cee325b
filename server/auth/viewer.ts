import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db";
import { auth } from "./config";
import { cameOverHttps, sessionIdFromCookies } from "./session-cookie";
import { resolveSession, type Viewer } from "./sessions";

/**
 * The signed-in person for this request, checked against the sessions table; once per request.
 * The cookie is verified directly (server/auth/session-cookie.ts) rather than through `auth()`,
 * which also derives keys, re-encrypts the token and makes a CSRF token on every call.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  let sessionToken = await sessionIdFromCookies(await cookies(), cameOverHttps(await headers()));
  if (sessionToken === undefined) sessionToken = (await auth())?.sessionToken ?? null;
  if (!sessionToken) return null;
  return resolveSession(await getDb(), sessionToken);
});
