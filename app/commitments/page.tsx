import type { Metadata } from "next";
import { draftFromSearch } from "@/app/_trpc/draft-source";
import { HydrateClient, prefetchCouplePage, trpc } from "@/app/_trpc/server";
import { CommitmentsView } from "@/components/commitments/commitments-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Commitments" };

export default async function CommitmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireViewer("/commitments");
  const couple = await prefetchCouplePage(async (qc) => {
    const found = await qc.fetchQuery(trpc.couple.get.queryOptions());
    await qc.fetchQuery(trpc.commitment.list.queryOptions());
    return found;
  });
  const draft = await draftFromSearch(await searchParams, "commitment");
  return (
    <HydrateClient>
      <CommitmentsView partnerName={couple.partner.name} draft={draft} />
    </HydrateClient>
  );
}
