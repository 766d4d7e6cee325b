"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { usePresence } from "@/components/realtime/realtime-provider";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Notice } from "@/components/ui/notice";
import { StepPanel } from "./step-panels";
import { useExerciseActions } from "./use-step-action";

const BREAK_LABELS: Record<number, string> = { 20: "20 minutes", 30: "30 minutes", 45: "45 minutes", 60: "1 hour", 120: "2 hours", 240: "4 hours", 480: "8 hours", 1440: "Until tomorrow (24 hours)" };

export function SessionView({ sessionId, coupleId, partnerName }: { sessionId: string; coupleId: string; partnerName: string }) {
  const trpc = useTRPC();
  // While on a break, check back now and then too: a phone's clock may not match the server's.
  const { data: session } = useSuspenseQuery({
    ...trpc.exercise.get.queryOptions({ sessionId }),
    refetchInterval: (query) => (query.state.data?.breakUntil ? 15_000 : false),
  });
  const present = usePresence(session.status === "active" ? `presence-couple-${coupleId}-session-${sessionId}` : null);
  const { callBreak, abandon } = useExerciseActions();
  const [minutes, setMinutes] = useState(20);
  const queryClient = useQueryClient();
  const breakEnds = session.breakUntil?.getTime() ?? null;
  // When the break is over, fetch the session again so both screens open up without a reload.
  useEffect(() => {
    if (!breakEnds) return;
    const timer = window.setTimeout(() => void queryClient.invalidateQueries(trpc.exercise.get.queryFilter({ sessionId })), Math.max(0, breakEnds - Date.now()) + 500);
    return () => window.clearTimeout(timer);
  }, [breakEnds, queryClient, trpc, sessionId]);
  const total = session.template.steps.length;
  const shownUpTo = session.status === "completed" ? total - 1 : session.stepIndex;

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <p className="text-sm text-stone-700">
          <Link href="/exercises" className="underline underline-offset-4">
            Exercises
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{session.template.title}</h1>
        <p className="text-sm text-stone-700">Based on: {session.template.source.citation}</p>
        <p className="text-sm text-stone-800" data-testid="presence">
          {present.length > 0 ? `${partnerName} is here now.` : `${partnerName} isn't here right now. You can go on, and they'll catch up when they open it.`}
        </p>
      </div>

      {session.breakUntil ? (
        <Notice tone="gentle" role="status" data-testid="break-banner" className="space-y-2">
          <p className="font-semibold">
            {session.breakByYou ? "You asked" : `${partnerName} asked`} for a break until <LocalTime date={session.breakUntil} />.
          </p>
          <p>
            Take this time for yourself: breathe slowly, take a short walk, or listen to something calming. You&apos;ll both come back
            to the exercise when the break is over.
          </p>
        </Notice>
      ) : null}
      {session.status === "abandoned" ? (
        <Notice tone="gentle" role="status">
          This exercise was stopped. You can start it again from the library whenever you both want to.
        </Notice>
      ) : null}
      {session.status === "completed" ? (
        <Notice tone="info" role="status">
          You finished this exercise together. It&apos;s saved in your history.
        </Notice>
      ) : null}

      <ol className="space-y-4">
        {session.template.steps.slice(0, shownUpTo + 1).map((step, index) => (
          <li key={step.id}>
            <Card className="space-y-3" aria-labelledby={`step-${index}`} aria-current={index === session.stepIndex && session.status === "active" ? "step" : undefined}>
              <h2 id={`step-${index}`} className="text-lg font-semibold">
                <span className="text-sm font-normal text-stone-700">
                  Step {index + 1} of {total}:{" "}
                </span>
                {step.title}
              </h2>
              <StepPanel session={session} stepIndex={index} partnerName={partnerName} />
            </Card>
          </li>
        ))}
      </ol>

      {session.status === "active" ? (
        <Card className="space-y-3" aria-labelledby="pause-title">
          <h2 id="pause-title" className="text-lg font-semibold">
            Need a pause?
          </h2>
          <p className="text-stone-800">
            Either of you can call a break at any time, for any reason, without asking. Twenty minutes or more helps a racing heart settle.
          </p>
          <div className="flex flex-wrap items-end gap-3">
            <div className="space-y-1">
              <label htmlFor="break-length" className="block font-medium">
                Break length
              </label>
              <select id="break-length" className="min-h-11 rounded-lg border border-stone-500 bg-white px-3" value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
                {Object.entries(BREAK_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <Button onClick={() => callBreak.mutate({ sessionId, minutes })} disabled={callBreak.isPending}>
              Take a break
            </Button>
          </div>
          {callBreak.error ? (
            <p role="alert" className="text-sm text-rose-800">
              {callBreak.error.message}
            </p>
          ) : null}
          <Button variant="quiet" onClick={() => abandon.mutate({ sessionId })} disabled={abandon.isPending}>
            Stop this exercise
          </Button>
        </Card>
      ) : null}
    </div>
  );
}
