"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { lazy, useId, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Disclosure } from "@/components/ui/disclosure";
import { LocalDate } from "@/components/ui/local-date";
import { Notice } from "@/components/ui/notice";
import { HeldChoice, type HeldRef } from "@/components/safety/supportive-panel";
import { formatDay } from "@/lib/cadence";
import { COMMITMENT_NOTE_MAX } from "@/server/commitments/fields";
import type { AppRouter } from "@/server/trpc/routers/_app";

export type Commitment = inferRouterOutputs<AppRouter>["commitment"]["list"][number];
type HistoryEntry = Commitment["history"][number];

const KIND_WORDS = { created: "made it", acknowledged: "responded", changed: "changed it", paused: "paused it", resumed: "picked it up again", ended: "ended it" } as const;
const ACK_WORDS: Record<string, string> = { seen: "Seen", "thank-you": "Thank you", "lets-talk": "Let's talk about it" };
const FIELD_WORDS = { what: "What", why: "Why", question: "Check-in question", endOn: "End date" } as const;
const shown = (field: keyof typeof FIELD_WORDS, value: string | null) => (value === null || value === "" ? "(none)" : field === "endOn" ? formatDay(value) : value);

/** Every change to a commitment, in order, with its note: nothing about it changes silently. */
export function CommitmentHistory({ history, partnerName }: { history: HistoryEntry[]; partnerName: string }) {
  return (
    <details>
      <summary className="cursor-pointer text-teal-900 underline underline-offset-4">History ({history.length})</summary>
      <ol className="mt-2 space-y-2" aria-label="History">
        {history.map((h) => (
          <li key={h.id} className="rounded-lg bg-stone-100 p-2 text-sm">
            <p>
              <LocalDate date={h.at} /> · {h.by === "you" ? "You" : h.by === "partner" ? partnerName : "Someone no longer here"} {KIND_WORDS[h.kind]}
              {h.kind === "acknowledged" && h.detail ? `: ${ACK_WORDS[h.detail] ?? h.detail}` : ""}
            </p>
            {h.changes ? (
              <ul className="mt-1 space-y-0.5">
                {(Object.keys(h.changes) as (keyof typeof FIELD_WORDS)[]).map((field) => (
                  <li key={field}>
                    {FIELD_WORDS[field]}: <del>{shown(field, h.changes![field]!.from)}</del> → <ins className="no-underline font-medium">{shown(field, h.changes![field]!.to)}</ins>
                  </li>
                ))}
              </ul>
            ) : null}
            {h.note ? <p className="mt-1 whitespace-pre-line">Note: {h.note}</p> : null}
            {h.noteHold === "private" ? <p className="text-stone-700">Only you can see this note.</p> : null}
            {h.noteHold === "held" ? (
              <div className="mt-1 space-y-1">
                <p className="text-stone-700">Only you can see this note for now. Share it, or keep it private?</p>
                <HeldChoice held={{ kind: "commitment-note", eventId: h.id }} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

const ChangeCommitmentForm = lazy(() => import("./change-commitment-form").then((m) => ({ default: m.ChangeCommitmentForm })));

/** Change the words or the end date; the rhythm and start stay (a new rhythm is a new commitment). */
export function ChangeCommitment({ commitment, onSupport }: { commitment: Commitment; onSupport: (held: HeldRef | null) => void }) {
  return (
    <Disclosure summary="Change the wording or end date" summaryClassName="text-teal-900 underline underline-offset-4">
      {(close) => <ChangeCommitmentForm commitment={commitment} onSupport={onSupport} onDone={close} />}
    </Disclosure>
  );
}

/** Pause, pick up again or end — the committer's own choice, with an optional note for the history. */
export function LifecycleControls({ commitmentId, status, onSupport }: { commitmentId: string; status: Commitment["status"]; onSupport: (held: HeldRef) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const noteId = useId();
  const [note, setNote] = useState("");
  const lifecycle = useMutation(
    trpc.commitment.lifecycle.mutationOptions({
      onSuccess: (result) => {
        setNote("");
        if (result.noteHeld) onSupport({ kind: "commitment-note", eventId: result.eventId });
      },
      onSettled: () => queryClient.invalidateQueries(trpc.commitment.pathFilter()),
    }),
  );
  const act = (action: "pause" | "resume" | "end") => lifecycle.mutate({ commitmentId, action, note: note || undefined });
  return (
    <div className="space-y-2">
      <label htmlFor={noteId} className="block text-sm font-medium">
        Note for pausing or ending (optional)
      </label>
      <textarea id={noteId} className="block min-h-12 w-full rounded-lg border border-stone-500 bg-white p-2" maxLength={COMMITMENT_NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="flex flex-wrap gap-2">
        {status === "active" ? (
          <Button variant="quiet" disabled={lifecycle.isPending} onClick={() => act("pause")}>
            Pause
          </Button>
        ) : (
          <Button variant="quiet" disabled={lifecycle.isPending} onClick={() => act("resume")}>
            Resume
          </Button>
        )}
        <Button variant="quiet" disabled={lifecycle.isPending} onClick={() => act("end")}>
          End
        </Button>
      </div>
      {lifecycle.error ? (
        <Notice tone="error" role="alert">
          {lifecycle.error.message}
        </Notice>
      ) : null}
    </div>
  );
}
