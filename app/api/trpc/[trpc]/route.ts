import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db";
import { getViewer } from "@/server/auth/viewer";
import { isCrossSiteMutation } from "@/server/http/same-origin";
import { appRouter } from "@/server/trpc/routers/_app";

export const dynamic = "force-dynamic";

async function handler(request: Request) {
  if (isCrossSiteMutation(request)) {
    return Response.json({ error: "Cross-site requests are not allowed." }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () => ({ db: await getDb(), viewer: await getViewer(), headers: request.headers }),
    onError({ error, path }) {
      // Log what failed, never the input or the message: both can hold private words or SQL parameters.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"} failed: ${describeFailure(error.cause)}`);
    },
  });
}

/** The error's class and PostgreSQL code (e.g. "DrizzleQueryError 23505"): enough to debug, nothing private. */
function describeFailure(cause: unknown): string {
  const parts: string[] = [];
  for (let current = cause, depth = 0; current && depth < 4; depth++) {
    const { name, code } = current as { name?: unknown; code?: unknown };
    if (typeof name === "string") parts.push(name);
    if (typeof code === "string") parts.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join(" ") || "unknown error";
}

export { handler as GET, handler as POST };
