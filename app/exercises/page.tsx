import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { LibraryView } from "@/components/exercises/library-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Exercises" };

export default async function ExercisesPage() {
  await requireViewer("/exercises");
  const queryClient = getQueryClient();
  try {
    await Promise.all([queryClient.fetchQuery(trpc.exercise.library.queryOptions()), queryClient.fetchQuery(trpc.exercise.sessions.queryOptions())]);
  } catch (error) {
    // Exercises are for two: without a partner, start from home.
    if (error instanceof TRPCError && error.code === "FORBIDDEN") redirect("/home");
    throw error;
  }
  return (
    <HydrateClient>
      <LibraryView />
    </HydrateClient>
  );
}
