import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { CoupleView } from "@/components/therapist/couple-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "A couple's progress" };

/** Rendered on the client: each section is its own scoped, logged read, refetched live. */
export default async function TherapistCouplePage({ params }: { params: Promise<{ linkId: string }> }) {
  const { linkId } = await params;
  const viewer = await requireViewer(`/therapist/couples/${encodeURIComponent(linkId)}`);
  if (viewer.user.role !== "therapist") redirect("/home");
  if (!z.uuid().safeParse(linkId).success) notFound();
  return <CoupleView linkId={linkId} />;
}
