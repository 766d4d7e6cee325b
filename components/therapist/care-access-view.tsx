"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { inferRouterOutputs } from "@trpc/server";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LocalDate } from "@/components/ui/local-date";
import { Notice } from "@/components/ui/notice";
import { formatDay } from "@/lib/cadence";
import type { AppRouter } from "@/server/trpc/routers/_app";
import { SCOPE_LABELS, type Scope } from "./scope-labels";

const SCOPES = Object.keys(SCOPE_LABELS) as Scope[];

/** The couple's side: invite a therapist, each partner's own consent, revoke alone, and who viewed what. */
export function CareAccessView({ partnerName }: { partnerName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: overview } = useSuspenseQuery(trpc.care.overview.queryOptions());
  const { data: log } = useSuspenseQuery(trpc.care.accessLog.queryOptions());
  const { data: from } = useSuspenseQuery(trpc.care.fromTherapists.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.care.pathFilter());
  const [created, setCreated] = useState<{ link: string; code: string; expiresAt: Date } | null>(null);
  const [shown, setShown] = useState(30);
  const invite = useMutation(trpc.care.invite.mutationOptions({ onSuccess: (i) => (setCreated({ link: `${window.location.origin}/therapist/join/${i.token}`, code: i.code, expiresAt: i.expiresAt }), void refresh()) }));
  const cancel = useMutation(trpc.care.cancelInvite.mutationOptions({ onSuccess: () => (setCreated(null), void refresh()) }));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Working with a therapist</h1>
      <p className="text-stone-800">
        A couples therapist can see the progress you choose to share — read-only, and only once you have <strong>both</strong> agreed. Either of you can end it at any time, alone.
      </p>

      <Card className="space-y-3" aria-labelledby="care-invite-title">
        <h2 id="care-invite-title" className="text-xl font-semibold">
          Invite your therapist
        </h2>
        <p className="text-stone-800">Send them a private link, or read them the code. It works once and lasts 7 days. They will see nothing until you and {partnerName} have each said what to share.</p>
        {created ? (
          <div className="space-y-2" data-testid="care-invite">
            <p className="break-all rounded-lg bg-stone-100 p-3 font-mono text-sm" data-testid="care-invite-link">
              {created.link}
            </p>
            <p className="font-mono text-2xl tracking-widest" data-testid="care-invite-code">
              {created.code}
            </p>
            <p className="text-sm text-stone-700">
              Open until <LocalDate date={created.expiresAt} />. Only you can see this now; we keep no readable copy.
            </p>
          </div>
        ) : overview.openInvite ? (
          <p className="text-stone-800">
            An invitation is open until <LocalDate date={overview.openInvite.expiresAt} />.
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Button onClick={() => invite.mutate()} disabled={invite.isPending}>
            {overview.openInvite || created ? "Make a new invitation" : "Invite a therapist"}
          </Button>
          {overview.openInvite || created ? (
            <Button variant="secondary" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
              Cancel the invitation
            </Button>
          ) : null}
        </div>
        {invite.error ? <Notice tone="error" role="alert">{invite.error.message}</Notice> : null}
      </Card>

      {overview.therapists.map((t) => (
        <TherapistCard key={t.linkId} therapist={t} partnerName={partnerName} />
      ))}

      {from.assignments.length > 0 || from.notes.length > 0 ? (
        <Card className="space-y-3" aria-labelledby="care-from-title">
          <h2 id="care-from-title" className="text-xl font-semibold">
            From your therapist
          </h2>
          {from.assignments.length > 0 ? (
            <ul className="space-y-2" aria-label="Homework">
              {from.assignments.map((a) => (
                <li key={a.id} className="rounded-xl bg-stone-100 p-3">
                  <p className="font-medium">
                    {a.title} <span className="font-normal text-stone-700">· from {a.from}</span>
                  </p>
                  {a.note ? <p className="whitespace-pre-line">{a.note}</p> : null}
                  {a.dueOn ? <p className="text-sm text-stone-700">By {formatDay(a.dueOn)}</p> : null}
                  {a.doneAt ? <p className="text-sm font-medium text-teal-900">Done</p> : <StartHomework slug={a.templateSlug} assignmentId={a.id} title={a.title} />}
                </li>
              ))}
            </ul>
          ) : null}
          {from.notes.length > 0 ? (
            <ul className="space-y-2" aria-label="Notes from your therapist">
              {from.notes.map((n) => (
                <li key={n.id} className="rounded-xl bg-sky-50 p-3">
                  <p className="whitespace-pre-line">{n.body}</p>
                  <p className="text-sm text-stone-700">
                    {n.from} · <LocalDate date={n.createdAt} />
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
      ) : null}

      <Card className="space-y-3" aria-labelledby="care-log-title">
        <h2 id="care-log-title" className="text-xl font-semibold">
          Who viewed what, when
        </h2>
        <p className="text-stone-800">Every time a therapist opens something you share, it is listed here for both of you. Nobody can change or remove this list.</p>
        {log.length === 0 ? (
          <p className="text-stone-700">Nothing has been viewed yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Therapist views, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-2">Last viewed</th>
                <th scope="col" className="py-1 pr-2">Who</th>
                <th scope="col" className="py-1 pr-2">What</th>
                <th scope="col" className="py-1">Times that day</th>
              </tr>
            </thead>
            <tbody>
              {log.slice(0, shown).map((row) => (
                <tr key={row.id} className="border-t border-stone-200">
                  <td className="py-1 pr-2">
                    <LocalDate date={row.last} />
                  </td>
                  <td className="py-1 pr-2">{row.therapist}</td>
                  <td className="py-1 pr-2">{row.recordKind}</td>
                  <td className="py-1">{row.times}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {log.length > shown ? (
          <Button variant="secondary" onClick={() => setShown((n) => n + 30)}>
            Show older
          </Button>
        ) : null}
      </Card>
    </div>
  );
}

function StartHomework({ slug, assignmentId, title }: { slug: string; assignmentId: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const start = useMutation(trpc.exercise.start.mutationOptions({ onSuccess: (s) => router.push(`/exercises/${s.id}`) }));
  return (
    <div className="mt-2 space-y-1">
      <Button variant="secondary" onClick={() => start.mutate({ slug, assignmentId })} disabled={start.isPending} aria-label={`Start ${title}`}>
        Start it
      </Button>
      {start.error ? <Notice tone="error" role="alert">{start.error.message}</Notice> : null}
    </div>
  );
}

type TherapistEntry = inferRouterOutputs<AppRouter>["care"]["overview"]["therapists"][number];

function TherapistCard({ therapist: t, partnerName }: { therapist: TherapistEntry; partnerName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formId = useId();
  const [scopes, setScopes] = useState<Set<Scope>>(() => new Set(t.yourConsent?.scopes ?? []));
  const [history, setHistory] = useState<"all" | "from-now">(t.yourConsent?.history ?? "from-now");
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const settled = () => queryClient.invalidateQueries(trpc.care.pathFilter());
  const consent = useMutation(trpc.care.consent.mutationOptions({ onSettled: settled }));
  const revoke = useMutation(trpc.care.revoke.mutationOptions({ onSettled: settled }));
  const toggle = (scope: Scope) =>
    setScopes((current) => {
      const next = new Set(current);
      if (next.has(scope)) next.delete(scope);
      else next.add(scope);
      return next;
    });

  return (
    <Card className="space-y-4" aria-labelledby={`${formId}-title`} data-testid="therapist-card">
      <div>
        <h2 id={`${formId}-title`} className="text-xl font-semibold">
          {t.therapist.name}
        </h2>
        {t.therapist.practice ? <p className="text-stone-800">{t.therapist.practice}</p> : null}
        {t.therapist.credentials ? <p className="text-sm text-stone-700">Says: {t.therapist.credentials}</p> : null}
        <p className="text-sm text-stone-700">Twofold does not check therapists&apos; names or credentials.</p>
      </div>
      <p className="font-medium" data-testid="care-status">
        {t.active ? (
          <>
            Can see: {t.effectiveScopes.map((s) => SCOPE_LABELS[s].short).join(", ")}
            {t.historyFrom ? (
              <>
                , only what was made from <LocalDate date={t.historyFrom} /> on
              </>
            ) : null}
            .
          </>
        ) : !t.yourConsent
            ? "Waiting for your choice. Nothing is shared yet."
            : `Waiting for ${partnerName}. Nothing is shared until you have both chosen.`}
      </p>
      {t.partnerHasChosen ? <p className="text-sm text-stone-700">{partnerName} has made their choice.</p> : null}

      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          consent.mutate({ linkId: t.linkId, scopes: [...scopes], history });
        }}
      >
        <fieldset className="space-y-2">
          <legend className="font-medium">What you share with {t.therapist.name}</legend>
          <p className="text-sm text-stone-700">Only what you both choose is shared. Private check-ins, reflections, unrevealed answers and anything you kept private are never shared.</p>
          {SCOPES.map((scope) => (
            <label key={scope} className="flex min-h-11 items-start gap-2">
              <input type="checkbox" className="mt-1 size-5" checked={scopes.has(scope)} onChange={() => toggle(scope)} />
              <span>
                <span className="font-medium">{SCOPE_LABELS[scope].title}</span>
                <span className="block text-sm text-stone-700">{SCOPE_LABELS[scope].detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="font-medium">How far back</legend>
          <p className="text-sm text-stone-700">&quot;From now on&quot; starts when you save. If either of you chooses it, the therapist sees only what was made after.</p>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name={`${formId}-history`} className="size-5" checked={history === "from-now"} onChange={() => setHistory("from-now")} />
            From now on
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name={`${formId}-history`} className="size-5" checked={history === "all"} onChange={() => setHistory("all")} />
            All history
          </label>
        </fieldset>
        <Button type="submit" disabled={consent.isPending}>
          {t.yourConsent ? "Save my choice" : "I agree to share this"}
        </Button>
        {consent.error ? <Notice tone="error" role="alert">{consent.error.message}</Notice> : null}
        {consent.isSuccess ? <p role="status" className="text-sm text-stone-700">Saved.</p> : null}
      </form>

      <div className="space-y-2 border-t border-stone-200 pt-3">
        {confirmRevoke ? (
          <div className="space-y-2">
            <p>End {t.therapist.name}&apos;s access for both of you? They will see nothing more from their next click. You don&apos;t need to give a reason.</p>
            <div className="flex flex-wrap gap-3">
              <Button variant="danger" onClick={() => revoke.mutate({ linkId: t.linkId })} disabled={revoke.isPending}>
                End access
              </Button>
              <Button variant="secondary" onClick={() => setConfirmRevoke(false)}>
                Keep it
              </Button>
            </div>
          </div>
        ) : (
          <Button variant="secondary" onClick={() => setConfirmRevoke(true)}>
            End this therapist&apos;s access
          </Button>
        )}
        {revoke.error ? <Notice tone="error" role="alert">{revoke.error.message}</Notice> : null}
      </div>
      <p className="text-sm text-stone-700">
        <Link href="/help" className="underline underline-offset-4">
          Help and crisis lines
        </Link>{" "}
        are always available, whatever you choose here.
      </p>
    </Card>
  );
}
