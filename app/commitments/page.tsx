import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { CommitmentsView } from "@/components/commitments/commitments-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Commitments" };

export default async function CommitmentsPage() {
  await requireViewer("/commitments");
  const queryClient = getQueryClient();
  let couple;
  try {
    couple = await queryClient.fetchQuery(trpc.couple.get.queryOptions());
    await queryClient.fetchQuery(trpc.commitment.list.queryOptions());
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") redirect("/home");
    throw error;
  }
  return (
    <HydrateClient>
      <CommitmentsView partnerName={couple.partner.name} />
    </HydrateClient>
  );
}
