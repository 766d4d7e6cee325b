import Link from "next/link";
import { Card } from "@/components/ui/card";

/** Shown to a therapist whose session hasn't passed two-step sign-in: nothing of any couple opens. */
export function TwoStepRequired({ next }: { next: string }) {
  return (
    <Card className="space-y-3" data-testid="two-step-required">
      <h1 className="text-2xl font-semibold">First, two-step sign-in</h1>
      <p className="text-stone-800">
        Couples trust you with their private progress. Before any couple&apos;s progress opens, please turn on two-step sign-in with an authenticator app on your phone. It takes a minute.
      </p>
      <Link href={`/therapist/security?next=${encodeURIComponent(next)}`} className="font-medium text-teal-900 underline underline-offset-4">
        Turn on two-step sign-in
      </Link>
    </Card>
  );
}
