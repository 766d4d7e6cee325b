import type { Metadata } from "next";
import { HydrateClient, prefetchCouplePage, trpc } from "@/app/_trpc/server";
import { TimelineView } from "@/components/agreements/timeline-view";
import { TIMELINE_AREAS, TIMELINE_PAGE } from "@/server/agreements/fields";
import type { TimelineFilter } from "@/server/agreements/schema";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage() {
  await requireViewer("/timeline");
  const initial: TimelineFilter = { areas: [...TIMELINE_AREAS], person: "anyone", limit: TIMELINE_PAGE };
  const couple = await prefetchCouplePage(async (qc) => {
    const found = await qc.fetchQuery(trpc.couple.get.queryOptions());
    await qc.fetchQuery(trpc.agreements.timeline.queryOptions(initial));
    return found;
  });
  return (
    <HydrateClient>
      <TimelineView partnerName={couple.partner.name} initial={initial} />
    </HydrateClient>
  );
}
