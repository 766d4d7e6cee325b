import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import { auth } from "./config";
import { resolveSession, type Viewer } from "./sessions";

/** The signed-in person for this request, checked against the sessions table; once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  if (!session?.sessionToken) return null;
  return resolveSession(await getDb(), session.sessionToken);
});
