"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/client";

/** Exercises waiting for you; live, so a session your partner just started shows up here. */
export function ActiveSessions() {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.exercise.sessions.queryOptions());
  const active = (data ?? []).filter((s) => s.status === "active");
  if (active.length === 0) return null;
  return (
    <div role="status" aria-live="polite" className="space-y-1" data-testid="active-sessions">
      <p className="font-medium">In progress</p>
      <ul className="space-y-1">
        {active.map((s) => (
          <li key={s.id}>
            <Link className="font-medium text-teal-900 underline underline-offset-4" href={`/exercises/${s.id}`}>
              {s.title}
            </Link>{" "}
            <span className="text-sm text-stone-700">
              {s.startedByYou ? "you started it" : "your partner started it"} · step {s.stepIndex + 1} of {s.stepCount}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
