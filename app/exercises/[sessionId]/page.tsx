import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { SessionView } from "@/components/exercises/session-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Exercise" };

export default async function ExerciseSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  await requireViewer(`/exercises/${sessionId}`);
  const queryClient = getQueryClient();
  let couple;
  try {
    couple = await queryClient.fetchQuery(trpc.couple.get.queryOptions());
    await queryClient.fetchQuery(trpc.exercise.get.queryOptions({ sessionId }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") redirect("/home");
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
  return (
    <HydrateClient>
      <SessionView sessionId={sessionId} coupleId={couple.id} partnerName={couple.partner.name} />
    </HydrateClient>
  );
}
