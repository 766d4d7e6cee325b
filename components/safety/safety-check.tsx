"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { crisisResources, emergencyNumbers } from "@/server/safety/crisis-resources";
import type { SafetyAnswers } from "@/server/safety/safety-check";
import { ANSWER_WORDS, SAFETY_QUESTIONS } from "@/server/safety/safety-questions";

const SAFETY_LINES = crisisResources.filter((r) => r.id === "us-domestic-violence" || r.id === "findahelpline");

/** Questions about feeling safe, for this person alone; the result shows only here. */
export function SafetyCheck({ linked }: { linked: boolean }) {
  const trpc = useTRPC();
  const [answers, setAnswers] = useState<Partial<SafetyAnswers>>({});
  const check = useMutation(trpc.safety.check.mutationOptions());
  const complete = SAFETY_QUESTIONS.every((q) => answers[q.id]);
  const result = check.data?.result;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">A private safety check</h1>
      <p className="text-stone-800">These questions are just for you. Your answers are not saved, and nobody — including your partner — is told you took this check.</p>
      {result ? (
        <Card className="space-y-3" role="status" data-testid="safety-result">
          {result === "danger" ? (
            <>
              <h2 className="text-xl font-semibold">Your safety comes first</h2>
              <p>
                What you shared suggests you may not be safe right now. That is not your fault, and help is available — confidential, and on your terms. Trained advocates can help you think
                through your options and make a safety plan.
              </p>
              <p>
                Doing exercises or sharing things together in Twofold may not be safe at the moment. You don&apos;t have to explain anything: you can keep entries private, and you can leave
                the shared space alone from Settings — your partner is only told that it ended, not who ended it. The <strong>Exit</strong> button (or Escape three times) leaves this
                site at once.
              </p>
            </>
          ) : result === "unsure" ? (
            <>
              <h2 className="text-xl font-semibold">It&apos;s okay to be unsure</h2>
              <p>If something doesn&apos;t feel right, you can talk it through with someone confidential. You decide what happens next.</p>
            </>
          ) : (
            <>
              <h2 className="text-xl font-semibold">Thank you for checking in with yourself</h2>
              <p>If that ever changes, you can take this check again at any time, and help is always one tap away.</p>
            </>
          )}
          <ul className="space-y-1">
            {(result === "ok" ? SAFETY_LINES.filter((l) => l.id === "findahelpline") : SAFETY_LINES).map((line) => (
              <li key={line.id}>
                <span className="font-medium">{line.name}</span> ({line.region}):{" "}
                {line.contacts.map((contact, i) => (
                  <span key={contact.href}>
                    {i > 0 ? " · " : ""}
                    <a className="text-teal-900 underline underline-offset-4" href={contact.href}>
                      {contact.label}
                    </a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
          {result === "danger" ? (
            <p>
              In immediate danger, call your local emergency number:{" "}
              {emergencyNumbers.map((n, i) => (
                <span key={n.href}>
                  {i > 0 ? ", " : ""}
                  <a className="text-teal-900 underline underline-offset-4" href={n.href}>
                    {n.label}
                  </a>
                </span>
              ))}
              .
            </p>
          ) : null}
          <p className="flex flex-wrap gap-x-4">
            <Link href="/help" className="font-medium text-teal-900 underline underline-offset-4">
              All help
            </Link>
            {linked && result === "danger" ? (
              <Link href="/settings" className="font-medium text-teal-900 underline underline-offset-4">
                Settings (leave the shared space)
              </Link>
            ) : null}
          </p>
        </Card>
      ) : null}
      <form
        className="space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          if (complete) check.mutate(answers as SafetyAnswers);
        }}
      >
        {SAFETY_QUESTIONS.map((q) => (
          <fieldset key={q.id} className="space-y-1">
            <legend className="font-medium">{q.text}</legend>
            <div className="flex flex-wrap gap-x-5">
              {q.answers.map((answer) => (
                <label key={answer} className="flex min-h-11 items-center gap-2">
                  <input type="radio" name={q.id} className="size-5" checked={answers[q.id] === answer} onChange={() => setAnswers({ ...answers, [q.id]: answer })} />
                  {ANSWER_WORDS[answer]}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <Button type="submit" disabled={!complete || check.isPending}>
          See what might help
        </Button>
        {check.error ? (
          <Notice tone="error" role="alert">
            {check.error.message}
          </Notice>
        ) : null}
      </form>
    </div>
  );
}
