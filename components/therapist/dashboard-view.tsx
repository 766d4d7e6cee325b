"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { LocalDate } from "@/components/ui/local-date";

const orDash = (value: number | null, suffix = "") => (value === null ? "not shared" : `${value}${suffix}`);

/** The couples who granted access, with a summary each; couples still choosing show no data at all. */
export function DashboardView() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.therapist.dashboard.queryOptions());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Couples you work with</h1>
      {data.active.length === 0 ? <p className="text-stone-800">No couple has shared anything with you yet.</p> : null}
      <ul className="space-y-3" aria-label="Couples who share with you">
        {data.active.map((c) => (
          <li key={c.linkId}>
            <Card className="space-y-2">
              <h2 className="text-lg font-semibold">
                <Link href={`/therapist/couples/${c.linkId}`} className="text-teal-900 underline underline-offset-4">
                  {c.partners.join(" & ")}
                </Link>
              </h2>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                <dt className="text-stone-700">Last activity</dt>
                <dd>{c.lastActivity ? <LocalDate date={c.lastActivity} /> : "—"}</dd>
                <dt className="text-stone-700">Exercises completed</dt>
                <dd>{orDash(c.exercisesCompleted)}</dd>
                <dt className="text-stone-700">Check-in rate, last 4 weeks</dt>
                <dd>{orDash(c.checkInRate, "%")}</dd>
                <dt className="text-stone-700">Open revisit requests</dt>
                <dd>{orDash(c.openRevisits)}</dd>
              </dl>
            </Card>
          </li>
        ))}
      </ul>
      {data.waiting.length > 0 ? (
        <Card className="space-y-2">
          <h2 className="text-lg font-semibold">Waiting for consent</h2>
          <p className="text-stone-800">You accepted these invitations. You will see each couple here once both partners have chosen what to share.</p>
          <ul className="list-disc pl-5">
            {data.waiting.map((w) => (
              <li key={w.linkId}>
                Accepted <LocalDate date={w.since} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <JoinWithCode />
    </div>
  );
}

function JoinWithCode() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [code, setCode] = useState("");
  const accept = useMutation(trpc.therapist.accept.mutationOptions({ onSuccess: () => (setCode(""), void queryClient.invalidateQueries(trpc.therapist.pathFilter())) }));
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">Accept an invitation by code</h2>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          accept.mutate({ code });
        }}
      >
        <label htmlFor={id} className="block font-medium">
          Invitation code
        </label>
        <Input id={id} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" placeholder="ABCD-2345" aria-describedby={accept.error ? `${id}-error` : undefined} />
        {accept.error ? (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-rose-800">
            {accept.error.message}
          </p>
        ) : null}
        {accept.isSuccess ? <p role="status">Accepted. The couple now chooses what to share with you.</p> : null}
        <Button type="submit" disabled={accept.isPending}>
          Accept
        </Button>
      </form>
    </Card>
  );
}
