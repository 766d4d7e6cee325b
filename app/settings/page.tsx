import type { Metadata } from "next";
import Link from "next/link";
import { ChangeEmail, ChangePassword, DeleteAccount, ExportData } from "@/components/account/data-rights";
import { SignOutEverywhere } from "@/components/auth/sign-out-everywhere";
import { LeaveCouple } from "@/components/couple/leave-couple";
import { Card } from "@/components/ui/card";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireViewer("/settings");
  const status = await getQueryClient().fetchQuery(trpc.couple.status.queryOptions());
  const couple = status.linked ? await getQueryClient().fetchQuery(trpc.couple.get.queryOptions()) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <Card className="space-y-2">
        <h2 className="text-xl font-semibold">Your account</h2>
        <p className="text-stone-800">
          Signed in as {viewer.user.name} ({viewer.user.email})
        </p>
      </Card>
      <Card className="space-y-3">
        <h2 className="text-xl font-semibold">Devices</h2>
        <SignOutEverywhere />
      </Card>
      {couple ? (
        <Card className="space-y-3">
          <h2 className="text-xl font-semibold">Your shared space</h2>
          <LeaveCouple partnerName={couple.partner.name} />
        </Card>
      ) : null}
      <Card className="space-y-3">
        <h2 className="text-xl font-semibold">Privacy and safety</h2>
        <p className="text-stone-800">
          Twofold never shows anyone your location, when you were last here, or your device. Your daily check-ins are private unless you share them.{" "}
          <Link href="/safety-check" className="font-medium text-teal-900 underline underline-offset-4">
            Take the private safety check
          </Link>
        </p>
      </Card>
      <Card className="space-y-3">
        <h2 className="text-xl font-semibold">Your data</h2>
        <ExportData />
      </Card>
      <Card className="space-y-3">
        <h2 className="text-xl font-semibold">Sign-in details</h2>
        <ChangeEmail />
        <ChangePassword />
      </Card>
      <Card className="space-y-3">
        <h2 className="text-xl font-semibold">Delete your account</h2>
        <DeleteAccount />
      </Card>
    </div>
  );
}
