"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useId, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { WeeklyTrend } from "@/components/commitments/weekly-trend";
import { useExtraChannel } from "@/components/realtime/realtime-provider";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { LocalDate } from "@/components/ui/local-date";
import { Notice } from "@/components/ui/notice";
import { MoodTrend } from "@/components/wellbeing/mood-trend";
import { describeCadence, formatDay } from "@/lib/cadence";
import { CATEGORY_LABELS } from "@/server/boundaries/categories";
import { careChannel } from "@/server/realtime/events";
import { SCOPE_LABELS } from "./scope-labels";

const OUTCOME = { kept: "Kept", partly: "Partly", "not-kept": "Not kept" } as const;

/**
 * A read-only view of what one couple shares with you, updating live. Every section is a separate
 * read of one scope (and each read is shown to the couple). When access ends, the page says so.
 */
export function CoupleView({ linkId }: { linkId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const header = useQuery({ ...trpc.therapist.couple.queryOptions({ linkId }), retry: false });
  const onEvent = useCallback(() => void queryClient.invalidateQueries(trpc.therapist.pathFilter()), [queryClient, trpc]);
  useExtraChannel(header.data ? careChannel(linkId) : null, onEvent);

  if (header.error) {
    return (
      <Card className="space-y-3" data-testid="access-ended">
        <h1 className="text-2xl font-semibold">You no longer have access</h1>
        <p className="text-stone-800">This couple&apos;s shared progress isn&apos;t available to you any more.</p>
        <Link href="/therapist" className="font-medium text-teal-900 underline underline-offset-4">
          Back to your couples
        </Link>
      </Card>
    );
  }
  if (!header.data) return <p>Loading…</p>;
  const { partners, scopes, since } = header.data;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{partners.join(" & ")}</h1>
        <p className="text-stone-800">
          Shared with you: {scopes.map((s) => SCOPE_LABELS[s].short).join(", ")}
          {since ? (
            <>
              {" "}
              — from <LocalDate date={since} /> on
            </>
          ) : null}
          . Read-only; the couple sees each time you look.
        </p>
      </div>
      {scopes.includes("commitments") ? <Commitments linkId={linkId} /> : null}
      {scopes.includes("moods") ? <Moods linkId={linkId} partners={partners} /> : null}
      {scopes.includes("boundaries") ? <Boundaries linkId={linkId} /> : null}
      {scopes.includes("answers") ? <Answers linkId={linkId} /> : null}
      <Homework linkId={linkId} />
      <Notes linkId={linkId} />
    </div>
  );
}

function Commitments({ linkId }: { linkId: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.therapist.commitments.queryOptions({ linkId }));
  if (!data) return null;
  return (
    <Card className="space-y-4" aria-labelledby="t-commitments">
      <h2 id="t-commitments" className="text-xl font-semibold">
        Commitments
      </h2>
      {data.commitments.length === 0 ? <p className="text-stone-700">No commitments yet.</p> : <WeeklyTrend weeks={data.weeks} />}
      <ul className="space-y-3">
        {data.commitments.map((c) => (
          <li key={c.id} className="rounded-xl bg-stone-100 p-3">
            <p className="font-medium">{c.what}</p>
            <p className="text-sm text-stone-700">
              {c.owner ?? "Someone no longer here"} · {describeCadence(c.cadence)} · {c.status} · kept {c.progress.keptPercent ?? "—"}% · run {c.progress.currentRun}
            </p>
            {c.checkIns.length > 0 ? (
              <ul className="mt-1 text-sm" aria-label={`Check-ins: ${c.what}`}>
                {c.checkIns.slice(0, 5).map((k) => (
                  <li key={k.period}>
                    {formatDay(k.period)}: {OUTCOME[k.outcome]}
                    {k.note ? ` — ${k.note}` : ""}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function Moods({ linkId, partners }: { linkId: string; partners: string[] }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.therapist.moods.queryOptions({ linkId }));
  if (!data) return null;
  return (
    <Card className="space-y-3">
      {data.length === 0 ? (
        <>
          <h2 className="text-xl font-semibold">Shared moods</h2>
          <p className="text-stone-700">No shared mood check-ins yet.</p>
        </>
      ) : (
        <MoodTrend title="Shared moods" people={[partners[0] ?? "", partners[1] ?? ""]} entries={data.map((d, i) => ({ key: `${d.day}-${i}`, day: d.day, who: d.by ?? "", mood: d.mood }))} />
      )}
    </Card>
  );
}

function Boundaries({ linkId }: { linkId: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.therapist.boundaries.queryOptions({ linkId }));
  if (!data) return null;
  return (
    <Card className="space-y-3" aria-labelledby="t-boundaries">
      <h2 id="t-boundaries" className="text-xl font-semibold">
        Boundaries
      </h2>
      {data.length === 0 ? <p className="text-stone-700">No boundaries yet.</p> : null}
      <ul className="space-y-2">
        {data.map((b) => {
          const latest = b.versions.at(-1);
          return (
            <li key={b.id} className="rounded-xl bg-stone-100 p-3">
              <p className="font-medium">{latest?.title}</p>
              <p className="text-sm text-stone-700">
                {latest ? CATEGORY_LABELS[latest.category] : ""} · {b.status} · version {latest?.number}
                {b.revisitRequestedBy ? ` · ${b.revisitRequestedBy} asked to revisit` : ""}
              </p>
              {latest ? <p className="whitespace-pre-line text-sm">{latest.description}</p> : null}
              {latest ? <p className="text-sm text-stone-700">Agreed by: {latest.agreedBy.join(", ") || "—"}</p> : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

function Answers({ linkId }: { linkId: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.therapist.answers.queryOptions({ linkId }));
  if (!data) return null;
  return (
    <Card className="space-y-3" aria-labelledby="t-answers">
      <h2 id="t-answers" className="text-xl font-semibold">
        Exercises
      </h2>
      {data.length === 0 ? <p className="text-stone-700">No exercises yet.</p> : null}
      <ul className="space-y-3">
        {data.map((s) => (
          <li key={s.id} className="rounded-xl bg-stone-100 p-3">
            <p className="font-medium">
              {s.title} <span className="font-normal text-stone-700">· {s.status} · <LocalDate date={s.startedAt} /></span>
            </p>
            {s.steps.map((step, i) => (
              <div key={i} className="mt-2 text-sm">
                <p className="font-medium">{step.prompt}</p>
                <ul>
                  {step.answers.map((a, j) => (
                    <li key={j}>
                      {a.by}: {a.keptPrivate ? <em>kept private</em> : <AnswerLine value={a.answer} />}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function AnswerLine({ value }: { value: unknown }) {
  if (Array.isArray(value)) return <>{value.join(", ")}</>;
  return <>{String(value ?? "")}</>;
}

function Homework({ linkId }: { linkId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const { data: library } = useQuery(trpc.therapist.library.queryOptions());
  const { data: list } = useQuery(trpc.therapist.assignments.queryOptions({ linkId }));
  const [slug, setSlug] = useState("");
  const [note, setNote] = useState("");
  const [dueOn, setDueOn] = useState("");
  const assign = useMutation(
    trpc.therapist.assign.mutationOptions({
      onSuccess: () => (setNote(""), setDueOn("")),
      onSettled: () => queryClient.invalidateQueries(trpc.therapist.assignments.pathFilter()),
    }),
  );
  const titleOf = (s: string) => library?.find((t) => t.slug === s)?.title ?? s;
  return (
    <Card className="space-y-3" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        Homework
      </h2>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          assign.mutate({ linkId, slug, note: note || undefined, dueOn: dueOn || null });
        }}
      >
        <label htmlFor={`${id}-slug`} className="block font-medium">
          Exercise
        </label>
        <select id={`${id}-slug`} className="block min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3" value={slug} onChange={(e) => setSlug(e.target.value)} required>
          <option value="">Choose an exercise…</option>
          {library?.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-note`} className="block font-medium">
          Note for the couple (optional)
        </label>
        <textarea id={`${id}-note`} className="block min-h-16 w-full rounded-lg border border-stone-500 bg-white p-3" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        <label htmlFor={`${id}-due`} className="block font-medium">
          Due (optional)
        </label>
        <Input id={`${id}-due`} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        {assign.error ? <Notice tone="error" role="alert">{assign.error.message}</Notice> : null}
        <Button type="submit" disabled={assign.isPending || !slug}>
          Assign
        </Button>
      </form>
      {list && list.length > 0 ? (
        <ul className="space-y-1" aria-label="Assigned">
          {list.map((a) => (
            <li key={a.id}>
              {titleOf(a.templateSlug)}
              {a.dueOn ? ` · by ${formatDay(a.dueOn)}` : ""} · {a.doneAt ? "done" : a.started ? "started" : "not started yet"}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

function Notes({ linkId }: { linkId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const { data: notes } = useQuery(trpc.therapist.notes.queryOptions({ linkId }));
  const [body, setBody] = useState("");
  const [shared, setShared] = useState(false);
  const add = useMutation(
    trpc.therapist.addNote.mutationOptions({
      onSuccess: () => (setBody(""), setShared(false)),
      onSettled: () => queryClient.invalidateQueries(trpc.therapist.notes.pathFilter()),
    }),
  );
  return (
    <Card className="space-y-3" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        Notes
      </h2>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({ linkId, body, shared });
        }}
      >
        <label htmlFor={`${id}-body`} className="block font-medium">
          Note
        </label>
        <textarea id={`${id}-body`} className="block min-h-20 w-full rounded-lg border border-stone-500 bg-white p-3" maxLength={4000} value={body} onChange={(e) => setBody(e.target.value)} />
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="size-5" checked={shared} onChange={(e) => setShared(e.target.checked)} />
          Share this note with both partners
        </label>
        {add.error ? <Notice tone="error" role="alert">{add.error.message}</Notice> : null}
        <Button type="submit" disabled={add.isPending}>
          Save note
        </Button>
      </form>
      {notes && notes.length > 0 ? (
        <ul className="space-y-2" aria-label="Your notes">
          {notes.map((n) => (
            <li key={n.id} className="rounded-xl bg-stone-100 p-3">
              <p className="whitespace-pre-line">{n.body}</p>
              <p className="text-sm text-stone-700">
                {n.shared ? "Shared with the couple" : "Only you"} · <LocalDate date={n.createdAt} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
