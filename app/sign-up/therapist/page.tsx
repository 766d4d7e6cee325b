import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { safeRedirectPath } from "@/server/auth/safe-redirect";
import { getViewer } from "@/server/auth/viewer";

export const metadata: Metadata = { title: "Create a therapist account" };

export default async function TherapistSignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callback = (await searchParams).callbackUrl;
  const redirectTo = callback ? safeRedirectPath(callback) : "/therapist";
  if (await getViewer()) redirect(redirectTo);
  return (
    <Card className="space-y-5">
      <h1 className="text-2xl font-semibold">Create a therapist account</h1>
      <p className="text-stone-800">
        For couples therapists whose clients use Twofold. You see only what both partners choose to share with you, read-only, and every view is shown to them. A therapist account can&apos;t be a partner in a couple.
      </p>
      <SignUpForm redirectTo={redirectTo} therapist />
      <p className="text-stone-800">
        Already have an account?{" "}
        <Link className="font-medium text-teal-900 underline" href={`/sign-in?callbackUrl=${encodeURIComponent(redirectTo)}`}>
          Sign in
        </Link>
      </p>
    </Card>
  );
}
