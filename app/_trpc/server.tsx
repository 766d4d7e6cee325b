import "server-only";
import { HydrationBoundary, dehydrate, type QueryClient } from "@tanstack/react-query";
import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db";
import { getViewer } from "@/server/auth/viewer";
import { appRouter } from "@/server/trpc/routers/_app";
import { makeQueryClient } from "./query-client";

export const getQueryClient = cache(makeQueryClient);

/** Server-side prefetch through the same router and ladder as the client. */
export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  queryClient: getQueryClient,
  ctx: async () => ({ db: await getDb(), viewer: await getViewer(), headers: new Headers(await headers()) }),
});

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/**
 * Prefetch for a couple page through the ladder: without an active couple the page sends you home;
 * a record that is not this couple's (or a malformed id) is a 404.
 */
export async function prefetchCouplePage<T>(load: (queryClient: QueryClient) => Promise<T>): Promise<T> {
  try {
    return await load(getQueryClient());
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") redirect("/home");
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
