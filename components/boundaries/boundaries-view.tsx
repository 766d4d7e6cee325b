"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { lazy, useState } from "react";
import { ReviewReminders } from "@/components/agreements/review-reminders";
import type { DraftSource } from "@/components/commitments/commitment-form";
import { SupportivePanel } from "@/components/safety/supportive-panel";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/app/_trpc/client";
import { Card } from "@/components/ui/card";
import { DisclosureCard } from "@/components/ui/disclosure";
import { CATEGORY_LABELS } from "@/server/boundaries/categories";

// Loaded when "Propose a boundary" is opened (with react-hook-form, which nothing else here needs).
const BoundaryForm = lazy(() => import("./boundary-form").then((m) => ({ default: m.BoundaryForm })));

const STATUS = { proposed: "Proposed", agreed: "Agreed by you both", retired: "Retired" } as const;

/** `draft`: an exercise agreement you both agreed to, to propose as a boundary. */
export function BoundariesView({ partnerName, draft }: { partnerName: string; draft?: DraftSource }) {
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: list } = useSuspenseQuery(trpc.boundary.list.queryOptions());
  const propose = useMutation(trpc.boundary.propose.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.boundary.pathFilter()) }));
  // The wording is shared as the proposal itself; the supportive panel is for its writer.
  const [support, setSupport] = useState(false);
  // Arriving with a draft from an exercise opens the form.
  const proposeCard = (
    <DisclosureCard title="Propose a boundary" defaultOpen={Boolean(draft)}>
      {support ? <SupportivePanel held={null} partnerName={partnerName} onClose={() => setSupport(false)} /> : null}
      {draft ? <Notice tone="info">From your exercise: the words you both agreed to are filled in. Choose a category and propose it; {partnerName} then agrees here as well.</Notice> : null}
      <BoundaryForm
        initial={draft ? { title: draft.title.slice(0, 120), description: draft.details.slice(0, 2000), category: "other", reviewOn: null } : undefined}
        submitLabel="Propose"
        onSubmit={async (values) => {
          const created = await propose.mutateAsync({ ...values, fromDraft: draft?.ref });
          setSupport(created.supportive);
          // From a draft the new proposal opens on its own page, unless the supportive panel
          // needs to be seen first (the proposal is in the list on this page).
          if (draft && !created.supportive) router.push(`/boundaries/${created.id}`);
        }}
      />
    </DisclosureCard>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Boundaries</h1>
      <p className="text-stone-800">A boundary counts only when you have both agreed to the same words. Every version is kept, and nothing is changed behind anyone&apos;s back.</p>
      <ReviewReminders />
      {draft ? proposeCard : null}
      {list.length > 0 ? (
        <ul className="space-y-3" aria-label="Your boundaries">
          {list.map((b) => (
            <li key={b.id}>
              <Card className="space-y-1">
                <p className="text-sm text-stone-700">
                  {CATEGORY_LABELS[b.category]} · {STATUS[b.status]}
                  {b.changePending && b.status === "agreed" ? " · a change is being discussed" : ""}
                </p>
                <Link href={`/boundaries/${b.id}`} className="text-lg font-semibold text-teal-900 underline underline-offset-4">
                  {b.title}
                </Link>
                {b.waitingForYou ? <p className="font-medium text-amber-900">Waiting for your answer</p> : null}
                {b.changePending && !b.waitingForYou ? <p className="text-stone-700">Waiting for {partnerName}</p> : null}
                {b.revisitRequested ? <p className="text-stone-700">Revisit requested</p> : null}
                {b.reviewDue ? <p className="font-medium text-amber-900">Review date reached: a good moment to look at it together</p> : null}
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-700">No boundaries yet.</p>
      )}
      {draft ? null : proposeCard}
    </div>
  );
}
