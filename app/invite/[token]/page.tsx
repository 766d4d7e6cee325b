import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvite } from "@/components/couple/accept-invite";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { getViewer } from "@/server/auth/viewer";
import { inviteTokenSchema } from "@/server/invite/schema";
import { LocalDate } from "@/components/ui/local-date";

export const metadata: Metadata = { title: "Your invite", referrer: "no-referrer" };

const UNAVAILABLE: Record<string, string> = {
  not_found: "This invite link isn't valid. Please check you copied all of it, or ask your partner for a new one.",
  used: "This invite has already been used. Ask your partner for a new one.",
  expired: "This invite has expired. Invites last 7 days; ask your partner for a new one.",
  cancelled: "This invite was cancelled. Ask your partner for a new one.",
};

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = inviteTokenSchema.safeParse(token);
  const preview = parsed.success
    ? await getQueryClient().fetchQuery(trpc.invite.preview.queryOptions({ token: parsed.data }))
    : { state: "not_found" as const };
  const viewer = await getViewer();
  const here = `/invite/${encodeURIComponent(token)}`;

  return (
    <Card className="space-y-5">
      <h1 className="text-2xl font-semibold">Your invite to Twofold</h1>
      {preview.state === "open" ? (
        <>
          <p className="text-lg text-stone-800">
            <strong>{preview.inviterName}</strong> invited you to share a space on Twofold. The invite is open until{" "}
            <LocalDate date={preview.expiresAt} />.
          </p>
          {viewer ? (
            <AcceptInvite token={token} inviterName={preview.inviterName} />
          ) : (
            <div className="flex flex-col gap-3 sm:flex-row">
              <Link href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`} className={buttonClasses()}>Create an account to accept</Link>
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className={buttonClasses("secondary")}>I already have an account</Link>
            </div>
          )}
        </>
      ) : (
        <Notice tone="gentle" role="status">
          {UNAVAILABLE[preview.state]}
        </Notice>
      )}
    </Card>
  );
}
