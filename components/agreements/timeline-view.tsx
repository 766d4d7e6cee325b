"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LocalDate } from "@/components/ui/local-date";
import { LocalTime } from "@/components/ui/local-time";
import { Notice } from "@/components/ui/notice";
import { formatDay } from "@/lib/cadence";
import type { AppRouter } from "@/server/trpc/routers/_app";
import { TIMELINE_AREAS, TIMELINE_PAGE, TIMELINE_MAX, type TimelineArea } from "@/server/agreements/fields";
import type { TimelineFilter } from "@/server/agreements/schema";
import type { inferRouterOutputs } from "@trpc/server";

type Entry = inferRouterOutputs<AppRouter>["agreements"]["timeline"][number];

const AREA_LABELS: Record<TimelineArea, string> = { boundaries: "Boundaries", commitments: "Commitments", "check-ins": "Check-ins" };
const OUTCOMES = { kept: "kept", partly: "partly kept", "not-kept": "not kept" } as const;
const ACKS: Record<string, string> = { seen: "Seen", "thank-you": "Thank you", "lets-talk": "Let's talk about it" };

/** One plain sentence per entry. Words are neutral: a slip someone shares is not a failure. */
function sentence(entry: Entry, partnerName: string): string {
  const who = entry.by === "you" ? "You" : entry.by === "partner" ? partnerName : "Someone no longer here";
  switch (entry.kind) {
    case "proposed":
      return `${who} proposed a boundary`;
    case "changed":
      return entry.area === "boundaries" ? `${who} proposed a new version (version ${entry.version})` : `${who} changed this commitment`;
    case "agreed":
      return `Version ${entry.version} is agreed by you both${entry.by ? ` (${entry.by === "you" ? "you" : partnerName} said yes last)` : ""}`;
    case "revisit-requested":
      return `${who} asked to revisit it`;
    case "retire-proposed":
      return `${who} proposed retiring it`;
    case "retired":
      return "Retired by you both";
    case "commented":
      return `${who} added to the conversation`;
    case "reviewed":
      return `${who} looked at it on its review date`;
    case "created":
      return `${who} made a commitment`;
    case "acknowledged":
      return `${who} responded: ${ACKS[entry.detail ?? ""] ?? "Seen"}`;
    case "paused":
      return `${who} paused it`;
    case "resumed":
      return `${who} picked it up again`;
    case "ended":
      return `${who} ended it`;
    case "check-in":
      return `${who} checked in for ${formatDay(entry.period)}: ${OUTCOMES[entry.outcome]}`;
    case "response":
      return entry.response === "confirmed" ? `${who} confirmed the check-in for ${formatDay(entry.period)}` : `${who} would like to talk about the check-in for ${formatDay(entry.period)}`;
  }
}

const hrefOf = (entry: Entry) => (entry.area === "boundaries" ? `/boundaries/${entry.boundaryId}` : `/commitments#c-${entry.commitmentId}`);

/** The couple's agreements and check-ins in one list, newest first; live through realtime. */
export function TimelineView({ partnerName, initial }: { partnerName: string; initial: TimelineFilter }) {
  const trpc = useTRPC();
  const [areas, setAreas] = useState<TimelineArea[]>(initial.areas);
  const [person, setPerson] = useState<TimelineFilter["person"]>(initial.person);
  const [limit, setLimit] = useState(initial.limit);
  const filter = { areas, person, limit };
  const { data, error, isFetching } = useQuery({ ...trpc.agreements.timeline.queryOptions(filter, { enabled: areas.length > 0 }), placeholderData: keepPreviousData });
  const entries = areas.length > 0 ? (data ?? []) : [];

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Timeline</h1>
      <p className="text-stone-800">Everything you have agreed, changed and checked in on, in order. It updates as either of you acts.</p>
      <Card className="space-y-4 print:hidden">
        <fieldset className="space-y-1">
          <legend className="font-medium">Show</legend>
          <div className="flex flex-wrap gap-x-5">
            {TIMELINE_AREAS.map((area) => (
              <label key={area} className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={areas.includes(area)}
                  onChange={(e) => setAreas(e.target.checked ? TIMELINE_AREAS.filter((a) => a === area || areas.includes(a)) : areas.filter((a) => a !== area))}
                />
                {AREA_LABELS[area]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="font-medium">Whose</legend>
          <div className="flex flex-wrap gap-x-5">
            {(
              [
                ["anyone", "Both of you"],
                ["you", "Yours"],
                ["partner", `${partnerName}'s`],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="person" className="size-5" checked={person === value} onChange={() => setPerson(value)} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      </Card>
      {error ? (
        <Notice tone="error" role="alert">
          {error.message}
        </Notice>
      ) : null}
      {areas.length === 0 ? <p className="text-stone-700">Choose at least one kind of entry to see.</p> : null}
      {areas.length > 0 && data && entries.length === 0 ? <p className="text-stone-700">Nothing here yet.</p> : null}
      {entries.length > 0 ? (
        <ol className="space-y-2" aria-label="Timeline" aria-busy={isFetching}>
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-xl border border-stone-200 bg-white p-3">
              <p className="text-sm text-stone-700">
                {AREA_LABELS[entry.area]} · <LocalDate date={entry.at} />, <LocalTime date={entry.at} />
              </p>
              <p>{sentence(entry, partnerName)}</p>
              <Link href={hrefOf(entry)} className="font-medium text-teal-900 underline underline-offset-4">
                {entry.title}
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
      {entries.length >= limit && limit < TIMELINE_MAX ? (
        <Button variant="secondary" disabled={isFetching} onClick={() => setLimit(Math.min(limit + TIMELINE_PAGE, TIMELINE_MAX))}>
          Show older entries
        </Button>
      ) : null}
    </div>
  );
}
