"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LocalDate } from "@/components/ui/local-date";

const CATEGORY_NAMES = { connection: "Connection", communication: "Communication", "conflict-repair": "Repair after conflict", "trust-rebuilding": "Rebuilding trust" } as const;
const STATUS_WORDS = { active: "In progress", completed: "Finished", abandoned: "Stopped" } as const;

export function LibraryView() {
  const trpc = useTRPC();
  const router = useRouter();
  const { data: library } = useSuspenseQuery(trpc.exercise.library.queryOptions());
  const { data: sessions } = useSuspenseQuery(trpc.exercise.sessions.queryOptions());
  const start = useMutation(trpc.exercise.start.mutationOptions({ onSuccess: ({ id }) => router.push(`/exercises/${id}`) }));
  const active = sessions.filter((s) => s.status === "active");
  const past = sessions.filter((s) => s.status !== "active");

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Exercises</h1>
      {active.length > 0 ? (
        <Card className="space-y-3" aria-labelledby="active-title">
          <h2 id="active-title" className="text-xl font-semibold">
            In progress
          </h2>
          <ul className="space-y-2">
            {active.map((s) => (
              <li key={s.id}>
                <Link className="font-medium text-teal-900 underline underline-offset-4" href={`/exercises/${s.id}`}>
                  {s.title}
                </Link>{" "}
                <span className="text-sm text-stone-700">
                  step {s.stepIndex + 1} of {s.stepCount}, started <LocalDate date={s.startedAt} />
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <section aria-labelledby="library-title" className="space-y-3">
        <h2 id="library-title" className="text-xl font-semibold">
          Start something together
        </h2>
        {start.error ? (
          <p role="alert" className="text-rose-800">
            {start.error.message}
          </p>
        ) : null}
        <ul className="space-y-3">
          {library.templates.map((t) => (
            <li key={t.slug}>
              <Card className="space-y-2" aria-labelledby={`t-${t.slug}`}>
                <p className="text-sm font-medium text-stone-700">
                  {CATEGORY_NAMES[t.category]} · about {t.minutes} minutes · {t.stepCount} steps
                </p>
                <h3 id={`t-${t.slug}`} className="text-lg font-semibold">
                  {t.title}
                </h3>
                <p className="text-stone-800">{t.summary}</p>
                <p className="text-sm text-stone-700">Good for: {t.suits}</p>
                <p className="text-sm text-stone-700">Source: {t.source.citation}</p>
                <Button onClick={() => start.mutate({ slug: t.slug })} disabled={start.isPending} aria-label={`Start ${t.title}`}>
                  Start
                </Button>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      {past.length > 0 ? (
        <section aria-labelledby="history-title" className="space-y-3">
          <h2 id="history-title" className="text-xl font-semibold">
            History
          </h2>
          <ul className="space-y-2">
            {past.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3">
                <Link className="font-medium text-teal-900 underline underline-offset-4" href={`/exercises/${s.id}`}>
                  {s.title}
                </Link>
                <span className="text-sm text-stone-700">
                  {STATUS_WORDS[s.status]} <LocalDate date={s.endedAt ?? s.startedAt} />
                </span>
                <Button variant="quiet" onClick={() => start.mutate({ slug: s.slug })} disabled={start.isPending} aria-label={`Start ${s.title} again`}>
                  Start again
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
