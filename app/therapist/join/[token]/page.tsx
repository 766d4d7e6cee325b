import type { Metadata } from "next";
import Link from "next/link";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { AcceptCareInvite } from "@/components/therapist/accept-care-invite";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getViewer } from "@/server/auth/viewer";
import { inviteTokenSchema } from "@/server/invite/schema";

export const metadata: Metadata = { title: "An invitation", referrer: "no-referrer" };

/** A couple's invitation to their therapist. Nothing about the couple is shown before accepting. */
export default async function JoinAsTherapistPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const valid = inviteTokenSchema.safeParse(token).success;
  const viewer = await getViewer();
  const here = `/therapist/join/${encodeURIComponent(token)}`;
  return (
    <Card className="space-y-5">
      <h1 className="text-2xl font-semibold">An invitation to work with a couple</h1>
      <p className="text-stone-800">
        A couple invited you to see the progress they choose to share on Twofold. Once you accept, each partner chooses what to share; you see nothing until both have agreed, and either can end it at any time.
      </p>
      {!valid ? (
        <Notice tone="error">This invitation link isn&apos;t valid. Please check you copied all of it, or ask the couple for a new one.</Notice>
      ) : viewer?.user.role === "therapist" ? (
        (await getQueryClient().fetchQuery(trpc.therapist.me.queryOptions())).ready ? (
          <AcceptCareInvite token={token} />
        ) : (
          <p className="text-stone-800">
            Before you accept, please{" "}
            <Link href={`/therapist/security?next=${encodeURIComponent(here)}`} className="font-medium text-teal-900 underline underline-offset-4">
              turn on two-step sign-in
            </Link>
            . Couples&apos; progress opens only with it.
          </p>
        )
      ) : viewer ? (
        <Notice tone="info">This invitation is for a therapist account. Partners invite their therapist from the Therapist page.</Notice>
      ) : (
        <div className="flex flex-col gap-3 sm:flex-row">
          <Link href={`/sign-up/therapist?callbackUrl=${encodeURIComponent(here)}`} className={buttonClasses()}>Create a therapist account</Link>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className={buttonClasses("secondary")}>I already have an account</Link>
        </div>
      )}
    </Card>
  );
}
