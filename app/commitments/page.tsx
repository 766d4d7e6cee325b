import type { Metadata } from "next";
import { HydrateClient, prefetchCouplePage, trpc } from "@/app/_trpc/server";
import { CommitmentsView } from "@/components/commitments/commitments-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Commitments" };

export default async function CommitmentsPage() {
  await requireViewer("/commitments");
  const couple = await prefetchCouplePage(async (qc) => {
    const found = await qc.fetchQuery(trpc.couple.get.queryOptions());
    await qc.fetchQuery(trpc.commitment.list.queryOptions());
    return found;
  });
  return (
    <HydrateClient>
      <CommitmentsView partnerName={couple.partner.name} />
    </HydrateClient>
  );
}
