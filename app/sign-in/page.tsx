import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { safeRedirectPath } from "@/server/auth/safe-redirect";
import { getViewer } from "@/server/auth/viewer";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const redirectTo = safeRedirectPath((await searchParams).callbackUrl);
  if (await getViewer()) redirect(redirectTo);
  return (
    <Card className="space-y-5">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <SignInForm redirectTo={redirectTo} />
      <p className="text-stone-800">
        New here?{" "}
        <Link className="font-medium text-teal-900 underline" href={`/sign-up?callbackUrl=${encodeURIComponent(redirectTo)}`}>
          Create an account
        </Link>
      </p>
    </Card>
  );
}
