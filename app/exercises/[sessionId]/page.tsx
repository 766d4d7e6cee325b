import type { Metadata } from "next";
import { HydrateClient, prefetchCouplePage, trpc } from "@/app/_trpc/server";
import { SessionView } from "@/components/exercises/session-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Exercise" };

export default async function ExerciseSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  await requireViewer(`/exercises/${sessionId}`);
  const couple = await prefetchCouplePage(async (qc) => {
    const found = await qc.fetchQuery(trpc.couple.get.queryOptions());
    await qc.fetchQuery(trpc.exercise.get.queryOptions({ sessionId }));
    return found;
  });
  return (
    <HydrateClient>
      <SessionView sessionId={sessionId} coupleId={couple.id} partnerName={couple.partner.name} />
    </HydrateClient>
  );
}
