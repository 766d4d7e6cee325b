import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { getViewer } from "@/server/auth/viewer";

export default async function LandingPage() {
  if (await getViewer()) redirect("/home");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold text-stone-900">A calm shared space for the two of you</h1>
      <p className="text-lg text-stone-800">
        Twofold helps partners talk, agree and rebuild trust at their own pace, each on their own phone. You can pause,
        keep things private or leave at any time.
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href="/sign-up" className={buttonClasses()}>Create an account</Link>
        <Link href="/sign-in" className={buttonClasses("secondary")}>Sign in</Link>
      </div>
    </div>
  );
}
