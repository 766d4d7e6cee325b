import type { Metadata } from "next";
import { HydrateClient, prefetchCouplePage, trpc } from "@/app/_trpc/server";
import { CareAccessView } from "@/components/therapist/care-access-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Therapist" };

export default async function TherapistAccessPage() {
  await requireViewer("/therapist-access");
  const couple = await prefetchCouplePage(async (qc) => {
    const found = await qc.fetchQuery(trpc.couple.get.queryOptions());
    await Promise.all([qc.fetchQuery(trpc.care.overview.queryOptions()), qc.fetchQuery(trpc.care.accessLog.queryOptions()), qc.fetchQuery(trpc.care.fromTherapists.queryOptions())]);
    return found;
  });
  return (
    <HydrateClient>
      <CareAccessView partnerName={couple.partner.name} />
    </HydrateClient>
  );
}
