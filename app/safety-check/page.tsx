import type { Metadata } from "next";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { SafetyCheck } from "@/components/safety/safety-check";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "A private safety check" };

export default async function SafetyCheckPage() {
  await requireViewer("/safety-check");
  const status = await getQueryClient().fetchQuery(trpc.couple.status.queryOptions());
  return <SafetyCheck linked={status.linked} />;
}
