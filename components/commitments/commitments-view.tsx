"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { lazy, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DisclosureCard } from "@/components/ui/disclosure";
import { Notice } from "@/components/ui/notice";
import { describeCadence } from "@/lib/cadence";
import { calendarWeeks, weeklyTotals } from "@/server/commitments/periods";
import { CalendarHeatmap, OUTCOME_WORDS } from "./calendar-heatmap";
import { ChangeCommitment, CommitmentHistory, LifecycleControls } from "./commitment-history";
import { HeldChoice, SupportivePanel, type HeldRef } from "@/components/safety/supportive-panel";
import type { DraftSource } from "./commitment-form";
import { WeeklyTrend } from "./weekly-trend";

// Loaded when "Make a commitment" is opened (with react-hook-form, which nothing else here needs).
const CommitmentForm = lazy(() => import("./commitment-form").then((m) => ({ default: m.CommitmentForm })));

const ACK_WORDS = { seen: "Seen", "thank-you": "Thank you", "lets-talk": "Let's talk about it" } as const;

export function CommitmentsView({ partnerName, draft }: { partnerName: string; draft?: DraftSource }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: list } = useSuspenseQuery(trpc.commitment.list.queryOptions());
  const onSettled = () => queryClient.invalidateQueries(trpc.commitment.pathFilter());
  const checkIn = useMutation(trpc.commitment.checkIn.mutationOptions({ onSettled }));
  const respond = useMutation(trpc.commitment.respond.mutationOptions({ onSettled }));
  const acknowledge = useMutation(trpc.commitment.acknowledge.mutationOptions({ onSettled }));
  const [notes, setNotes] = useState<Record<string, string>>({});
  // The supportive panel after a check-in note, shown to its writer on that commitment's card.
  const [support, setSupport] = useState<{ commitmentId: string; held: HeldRef | null } | null>(null);
  const error = [checkIn, respond, acknowledge].find((m) => m.error)?.error;
  // The latest "today" among the committers' own zones anchors the couple-wide weeks.
  const today = list.map((c) => c.today).sort().at(-1);

  // Arriving with a draft from an exercise opens the form.
  const formCard = (
    <DisclosureCard title="Make a commitment" defaultOpen={Boolean(draft)}>
      <CommitmentForm draft={draft} />
    </DisclosureCard>
  );

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Commitments</h1>
      <p className="text-stone-800">Promises each of you makes for yourself, kept over time. A slip you share yourself is honest, not a failure.</p>
      {error ? (
        <Notice tone="error" role="alert">
          {error.message}
        </Notice>
      ) : null}
      {formCard}
      {today ? (
        <Card>
          <WeeklyTrend weeks={weeklyTotals(list.map((c) => c.progress.periods), today)} />
        </Card>
      ) : null}
      <ul className="space-y-4" aria-label="Commitments">
        {list.map((c) => {
          const mine = c.owner === "you";
          const checkedInNow = c.currentPeriod !== null && c.checkIns.some((k) => k.period === c.currentPeriod);
          const acknowledged = c.history.some((h) => h.kind === "acknowledged");
          return (
            <li key={c.id}>
              <Card className="space-y-3" aria-labelledby={`c-${c.id}`}>
                <p className="text-sm text-stone-700">
                  {mine ? "Your commitment" : `${partnerName}'s commitment`} · {c.status === "active" ? "active" : c.status}
                </p>
                <h2 id={`c-${c.id}`} className="text-lg font-semibold">
                  {c.what}
                </h2>
                <p className="text-stone-800">{c.question}</p>
                <p className="text-sm text-stone-700">{describeCadence(c.cadence)}</p>
                <p className="text-sm text-stone-800" data-testid="progress">
                  {c.progress.keptPercent === null ? "No check-ins yet." : `Kept ${c.progress.keptPercent}% of check-in days.`} Current run: {c.progress.currentRun}. Longest: {c.progress.longestRun}.
                </p>
                <CalendarHeatmap weeks={calendarWeeks(c.progress.periods, c.today, c.cadence.kind === "weekly" ? 12 : 6)} label={`Check-in days: ${c.what}`} />

                {mine && c.status === "active" && c.currentPeriod && !checkedInNow ? (
                  <div className="space-y-2">
                    <label htmlFor={`note-${c.id}`} className="block font-medium">
                      Today&apos;s check-in (note optional)
                    </label>
                    <textarea id={`note-${c.id}`} className="block min-h-16 w-full rounded-lg border border-stone-500 bg-white p-3" maxLength={1000} value={notes[c.id] ?? ""} onChange={(e) => setNotes({ ...notes, [c.id]: e.target.value })} />
                    <div className="flex flex-wrap gap-2">
                      {(["kept", "partly", "not-kept"] as const).map((outcome) => (
                        <Button key={outcome} variant={outcome === "kept" ? "primary" : "secondary"} disabled={checkIn.isPending} onClick={() =>
                            checkIn.mutate(
                              { commitmentId: c.id, period: c.currentPeriod!, outcome, note: notes[c.id] || undefined },
                              { onSuccess: (result) => result.supportive && setSupport({ commitmentId: c.id, held: { kind: "check-in", checkInId: result.id } }) },
                            )
                          }>
                          {OUTCOME_WORDS[outcome]}
                        </Button>
                      ))}
                    </div>
                  </div>
                ) : null}
                {!mine && !acknowledged ? (
                  <div className="flex flex-wrap gap-2">
                    {(["seen", "thank-you", "lets-talk"] as const).map((response) => (
                      <Button key={response} variant="secondary" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate({ commitmentId: c.id, response })}>
                        {ACK_WORDS[response]}
                      </Button>
                    ))}
                  </div>
                ) : null}

                {support?.commitmentId === c.id ? <SupportivePanel held={support.held} partnerName={partnerName} onClose={() => setSupport(null)} /> : null}
                {c.checkIns.length > 0 ? (
                  <ul className="space-y-2" aria-label="Check-ins">
                    {c.checkIns.slice(0, 7).map((k) => (
                      <li key={k.id} className="rounded-xl bg-stone-100 p-3">
                        <p>
                          <span className="font-medium">{k.period}</span>: {OUTCOME_WORDS[k.outcome]}
                          {k.note ? ` — ${k.note}` : ""}
                        </p>
                        {k.noteHold === "private" ? <p className="text-sm text-stone-700">Only you can see this note.</p> : null}
                        {k.noteHold === "held" && !(support?.held?.kind === "check-in" && support.held.checkInId === k.id) ? (
                          <div className="mt-1 space-y-1">
                            <p className="text-sm text-stone-700">Only you can see this note for now. Share it, or keep it private?</p>
                            <HeldChoice held={{ kind: "check-in", checkInId: k.id }} />
                          </div>
                        ) : null}
                        {k.response ? (
                          <p className="text-sm text-stone-700">{k.response === "confirmed" ? `${mine ? partnerName : "You"} confirmed.` : `${mine ? partnerName : "You"} would like to talk about it.`}</p>
                        ) : !mine ? (
                          <div className="mt-2 flex flex-wrap gap-2">
                            <Button variant="secondary" disabled={respond.isPending} onClick={() => respond.mutate({ checkInId: k.id, response: "confirmed" })}>
                              Confirmed
                            </Button>
                            <Button variant="secondary" disabled={respond.isPending} onClick={() => respond.mutate({ checkInId: k.id, response: "unsure" })}>
                              I&apos;m unsure – let&apos;s talk
                            </Button>
                          </div>
                        ) : (
                          <p className="text-sm text-stone-700">{partnerName} hasn&apos;t responded yet.</p>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : null}

                <CommitmentHistory history={c.history} partnerName={partnerName} />
                {mine && c.status !== "ended" ? (
                  <>
                    <ChangeCommitment commitment={c} onSupport={(held) => setSupport({ commitmentId: c.id, held })} />
                    <LifecycleControls commitmentId={c.id} status={c.status} onSupport={(held) => setSupport({ commitmentId: c.id, held })} />
                  </>
                ) : null}
              </Card>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
