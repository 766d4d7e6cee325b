import type { Metadata } from "next";
import { HydrateClient, prefetchCouplePage, trpc } from "@/app/_trpc/server";
import { LibraryView } from "@/components/exercises/library-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Exercises" };

export default async function ExercisesPage() {
  await requireViewer("/exercises");
  // Exercises are for two: without a partner, start from home.
  await prefetchCouplePage((qc) => Promise.all([qc.fetchQuery(trpc.exercise.library.queryOptions()), qc.fetchQuery(trpc.exercise.sessions.queryOptions())]));
  return (
    <HydrateClient>
      <LibraryView />
    </HydrateClient>
  );
}
