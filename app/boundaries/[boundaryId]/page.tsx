import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { BoundaryDetail } from "@/components/boundaries/boundary-detail";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Boundary" };

export default async function BoundaryPage({ params }: { params: Promise<{ boundaryId: string }> }) {
  const { boundaryId } = await params;
  await requireViewer(`/boundaries/${boundaryId}`);
  const queryClient = getQueryClient();
  let couple;
  try {
    couple = await queryClient.fetchQuery(trpc.couple.get.queryOptions());
    await queryClient.fetchQuery(trpc.boundary.get.queryOptions({ boundaryId }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") redirect("/home");
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
  return (
    <HydrateClient>
      <BoundaryDetail boundaryId={boundaryId} partnerName={couple.partner.name} />
    </HydrateClient>
  );
}
