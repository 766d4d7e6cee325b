import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { BoundariesView } from "@/components/boundaries/boundaries-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Boundaries" };

export default async function BoundariesPage() {
  await requireViewer("/boundaries");
  const queryClient = getQueryClient();
  let couple;
  try {
    couple = await queryClient.fetchQuery(trpc.couple.get.queryOptions());
    await queryClient.fetchQuery(trpc.boundary.list.queryOptions());
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") redirect("/home");
    throw error;
  }
  return (
    <HydrateClient>
      <BoundariesView partnerName={couple.partner.name} />
    </HydrateClient>
  );
}
