import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { safeRedirectPath } from "@/server/auth/safe-redirect";
import { getViewer } from "@/server/auth/viewer";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const redirectTo = safeRedirectPath((await searchParams).callbackUrl);
  if (await getViewer()) redirect(redirectTo);
  return (
    <Card className="space-y-5">
      <h1 className="text-2xl font-semibold">Create your account</h1>
      <SignUpForm redirectTo={redirectTo} />
      <p className="text-stone-800">
        Already have an account?{" "}
        <Link className="font-medium text-teal-900 underline" href={`/sign-in?callbackUrl=${encodeURIComponent(redirectTo)}`}>
          Sign in
        </Link>
      </p>
      <p className="text-stone-800">
        Are you a couples therapist?{" "}
        <Link className="font-medium text-teal-900 underline" href="/sign-up/therapist">
          Create a therapist account
        </Link>
      </p>
    </Card>
  );
}
