import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { TwoStepSetup } from "@/components/therapist/two-step";
import { Card } from "@/components/ui/card";
import { requireViewer } from "@/server/auth/guards";
import { safeRedirectPath } from "@/server/auth/safe-redirect";

export const metadata: Metadata = { title: "Two-step sign-in" };

export default async function TherapistSecurityPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const viewer = await requireViewer("/therapist/security");
  const requested = (await searchParams).next;
  const next = requested ? safeRedirectPath(requested) : "/therapist";
  if (viewer.user.role !== "therapist") redirect("/home");
  await getQueryClient().fetchQuery(trpc.therapist.me.queryOptions());
  return (
    <HydrateClient>
      <Card className="space-y-4">
        <h1 className="text-2xl font-semibold">Two-step sign-in</h1>
        <TwoStepSetup next={next} />
      </Card>
    </HydrateClient>
  );
}
