import type { Metadata } from "next";
import { HydrateClient, prefetchCouplePage, trpc } from "@/app/_trpc/server";
import { BoundaryDetail } from "@/components/boundaries/boundary-detail";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Boundary" };

export default async function BoundaryPage({ params }: { params: Promise<{ boundaryId: string }> }) {
  const { boundaryId } = await params;
  await requireViewer(`/boundaries/${boundaryId}`);
  const couple = await prefetchCouplePage(async (qc) => {
    const found = await qc.fetchQuery(trpc.couple.get.queryOptions());
    await qc.fetchQuery(trpc.boundary.get.queryOptions({ boundaryId }));
    return found;
  });
  return (
    <HydrateClient>
      <BoundaryDetail boundaryId={boundaryId} partnerName={couple.partner.name} />
    </HydrateClient>
  );
}
