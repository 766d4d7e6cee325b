import type { Metadata } from "next";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { SafetyCheck } from "@/components/safety/safety-check";
import { requireViewer } from "@/server/auth/guards";

// A neutral tab title: a glance at the screen or the tab list says nothing about what is open.
export const metadata: Metadata = { title: "Check-in" };

export default async function SafetyCheckPage() {
  await requireViewer("/safety-check");
  const status = await getQueryClient().fetchQuery(trpc.couple.status.queryOptions());
  return <SafetyCheck linked={status.linked} />;
}
