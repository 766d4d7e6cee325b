"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useRef } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { crisisResources } from "@/server/safety/crisis-resources";

/** Which held words the writer is choosing about (without the choice). */
export type HeldRef = { kind: "check-in"; checkInId: string } | { kind: "commitment-note"; eventId: string } | { kind: "comment"; commentId: string } | { kind: "mood"; moodId: string } | { kind: "answer"; sessionId: string; stepIndex: number };

// Suicide and crisis lines only here; the domestic-violence line stays on /help and in the safety check.
const LINES = crisisResources.filter((r) => r.id !== "us-domestic-violence");

/** "Share it" / "Keep it private" for words the supportive check held back. Only their writer sees this. */
export function HeldChoice({ held, onChosen }: { held: HeldRef; onChosen?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const release = useMutation(
    trpc.safety.release.mutationOptions({
      onSuccess: () => onChosen?.(),
      onSettled: () => queryClient.invalidateQueries(),
    }),
  );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={release.isPending} onClick={() => release.mutate({ ...held, choice: "share" })}>
          Share it
        </Button>
        <Button variant="secondary" disabled={release.isPending} onClick={() => release.mutate({ ...held, choice: "keep-private" })}>
          Keep it private
        </Button>
      </div>
      {release.error ? (
        <Notice tone="error" role="alert">
          {release.error.message}
        </Notice>
      ) : null}
    </div>
  );
}

/**
 * Shown to the writer alone, right after saving words that sound like they may be thinking about
 * hurting themselves or not wanting to be here. Calm, never diagnosing, never blocking: the words
 * are saved, nobody else is told, and help is one tap away.
 */
export function SupportivePanel({ held, partnerName, onClose }: { held: HeldRef | null; partnerName: string; onClose: () => void }) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby={titleId} className="space-y-3 rounded-2xl border border-sky-300 bg-sky-50 p-4 text-stone-900" data-testid="supportive-panel">
      <h2 id={titleId} ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        You&apos;re not alone
      </h2>
      <p>
        What you wrote sounds really heavy. If you&apos;re having thoughts of hurting yourself or of not wanting to be here, you can talk to someone right now — free, confidential, any time.
      </p>
      <ul className="space-y-1">
        {LINES.map((line) => (
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
      <p>
        <Link href="/help" className="font-medium text-teal-900 underline underline-offset-4">
          More ways to get help
        </Link>
      </p>
      {held ? (
        <>
          <p>
            Your words are saved, and nothing has gone to {partnerName}. For now they stay with you. Would you like to share them, or keep them private? You can decide later too.
          </p>
          <HeldChoice held={held} onChosen={onClose} />
        </>
      ) : (
        <p>Your words are saved, and nothing about this goes to anyone else.</p>
      )}
      <Button variant="quiet" onClick={onClose}>
        Close
      </Button>
    </section>
  );
}
