import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { DashboardView } from "@/components/therapist/dashboard-view";
import { TwoStepRequired } from "@/components/therapist/two-step-required";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Couples" };

export default async function TherapistDashboardPage() {
  const viewer = await requireViewer("/therapist");
  if (viewer.user.role !== "therapist") redirect("/home");
  const qc = getQueryClient();
  const me = await qc.fetchQuery(trpc.therapist.me.queryOptions());
  if (!me.ready) return <TwoStepRequired next="/therapist" />;
  await qc.fetchQuery(trpc.therapist.dashboard.queryOptions());
  return (
    <HydrateClient>
      <DashboardView />
    </HydrateClient>
  );
}
