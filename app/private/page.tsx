import type { Metadata } from "next";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { PrivateSpace } from "@/components/wellbeing/private-space";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Just for you" };

export default async function PrivatePage() {
  await requireViewer("/private");
  const qc = getQueryClient();
  const status = await qc.fetchQuery(trpc.couple.status.queryOptions());
  await qc.fetchQuery(trpc.wellbeing.mine.queryOptions());
  const couple = status.linked ? await qc.fetchQuery(trpc.couple.get.queryOptions()) : null;
  return (
    <HydrateClient>
      <PrivateSpace partnerName={couple?.partner.name ?? null} />
    </HydrateClient>
  );
}
