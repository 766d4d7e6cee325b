import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { CoupleView } from "@/components/therapist/couple-view";
import { TwoStepRequired } from "@/components/therapist/two-step-required";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "A couple's progress" };

/** Rendered on the client: each section is its own scoped, logged read, refetched live. */
export default async function TherapistCouplePage({ params }: { params: Promise<{ linkId: string }> }) {
  const { linkId } = await params;
  const viewer = await requireViewer(`/therapist/couples/${encodeURIComponent(linkId)}`);
  if (viewer.user.role !== "therapist") redirect("/home");
  if (!z.uuid().safeParse(linkId).success) notFound();
  const me = await getQueryClient().fetchQuery(trpc.therapist.me.queryOptions());
  if (!me.ready) return <TwoStepRequired next={`/therapist/couples/${linkId}`} />;
  return <CoupleView linkId={linkId} />;
}
