import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { DashboardView } from "@/components/therapist/dashboard-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Couples" };

export default async function TherapistDashboardPage() {
  const viewer = await requireViewer("/therapist");
  if (viewer.user.role !== "therapist") redirect("/home");
  const qc = getQueryClient();
  await Promise.all([qc.fetchQuery(trpc.therapist.me.queryOptions()), qc.fetchQuery(trpc.therapist.dashboard.queryOptions())]);
  return (
    <HydrateClient>
      <DashboardView />
    </HydrateClient>
  );
}
