import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ReviewReminders } from "@/components/agreements/review-reminders";
import { ActiveSessions } from "@/components/exercises/active-sessions";
import { Card } from "@/components/ui/card";
import { LocalDate } from "@/components/ui/local-date";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Our space" };

export default async function CouplePage() {
  const viewer = await requireViewer("/couple");
  // Goes through the couple rung of the ladder: after either partner leaves, this is refused.
  const couple = await getQueryClient()
    .fetchQuery(trpc.couple.get.queryOptions())
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "FORBIDDEN") return null;
      throw error;
    });
  if (!couple) redirect("/home");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">
        {viewer.user.name} &amp; {couple.partner.name}
      </h1>
      <Card className="space-y-2">
        <h2 className="text-xl font-semibold">You’re linked</h2>
        <p className="text-stone-800" data-testid="partner-summary">
          You and <strong>{couple.partner.name}</strong> have shared this space since{" "}
          <LocalDate date={couple.since} />.
        </p>
        <p className="text-stone-800">Either of you can pause or leave at any time from Settings.</p>
      </Card>
      <ReviewReminders />
      <Card className="space-y-2">
        <h2 className="text-xl font-semibold">Exercises</h2>
        <p className="text-stone-800">Short, evidence-based conversations to do together, each on your own phone.</p>
        <ActiveSessions />
        <Link className="font-medium text-teal-900 underline underline-offset-4" href="/exercises">
          Go to exercises
        </Link>
      </Card>
      <Card className="space-y-2">
        <h2 className="text-xl font-semibold">Agreements</h2>
        <p className="text-stone-800">The boundaries you agree on and the commitments you each keep, with everything that happened in order.</p>
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {(
            [
              ["/boundaries", "Boundaries"],
              ["/commitments", "Commitments"],
              ["/timeline", "Timeline"],
              ["/print", "Printable summary"],
            ] as const
          ).map(([href, label]) => (
            <li key={href}>
              <Link className="font-medium text-teal-900 underline underline-offset-4" href={href}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
