import type { Metadata } from "next";
import { draftFromSearch } from "@/app/_trpc/draft-source";
import { HydrateClient, prefetchCouplePage, trpc } from "@/app/_trpc/server";
import { BoundariesView } from "@/components/boundaries/boundaries-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Boundaries" };

export default async function BoundariesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireViewer("/boundaries");
  const couple = await prefetchCouplePage(async (qc) => {
    const found = await qc.fetchQuery(trpc.couple.get.queryOptions());
    await qc.fetchQuery(trpc.boundary.list.queryOptions());
    return found;
  });
  const draft = await draftFromSearch(await searchParams, "boundary");
  return (
    <HydrateClient>
      <BoundariesView partnerName={couple.partner.name} draft={draft} />
    </HydrateClient>
  );
}
