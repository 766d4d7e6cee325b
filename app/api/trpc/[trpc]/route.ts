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
      // Log the failure, never the input: inputs can hold private words.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}: ${error.message}`);
    },
  });
}

export { handler as GET, handler as POST };
