"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatDay } from "@/lib/cadence";

/**
 * In-app reminders on a boundary's review date. Each partner sees their own and can say "we
 * looked at it"; that ends only their own reminder and changes nothing in the boundary.
 */
export function ReviewReminders() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useQuery(trpc.boundary.reviewsDue.queryOptions());
  const reviewed = useMutation(trpc.boundary.markReviewed.mutationOptions({ onSettled: () => queryClient.invalidateQueries(trpc.boundary.pathFilter()) }));
  if (!data || data.length === 0) return null;
  return (
    <section aria-labelledby="reviews-title" className="space-y-2 rounded-2xl border border-amber-300 bg-amber-50 p-4" data-testid="review-reminders">
      <h2 id="reviews-title" className="text-lg font-semibold">
        Time to look at {data.length === 1 ? "a boundary" : "some boundaries"} together
      </h2>
      <p className="text-stone-800">You chose a review date for these. Whenever suits you both, read them again and see if they still fit.</p>
      <ul className="space-y-2">
        {data.map((r) => (
          <li key={r.boundaryId} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Link href={`/boundaries/${r.boundaryId}`} className="font-medium text-teal-900 underline underline-offset-4">
              {r.title}
            </Link>
            <span className="text-sm text-stone-700">review date {formatDay(r.reviewOn)}</span>
            <Button variant="quiet" disabled={reviewed.isPending} onClick={() => reviewed.mutate({ boundaryId: r.boundaryId, reviewOn: r.reviewOn })}>
              We looked at it
            </Button>
          </li>
        ))}
      </ul>
      {reviewed.error ? (
        <Notice tone="error" role="alert">
          {reviewed.error.message}
        </Notice>
      ) : null}
    </section>
  );
}
