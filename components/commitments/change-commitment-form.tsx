"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { applyServerError } from "@/components/auth/server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import type { HeldRef } from "@/components/safety/supportive-panel";
import type { Commitment } from "./commitment-history";
import { noteRules, questionRules, whatRules } from "./commitment-rules";

type ChangeValues = { what: string; why: string; question: string; endOn: string; note: string };

/**
 * The form behind "Change the wording or end date", loaded when that is opened (with
 * react-hook-form, which the commitments page otherwise doesn't need).
 */
export function ChangeCommitmentForm({ commitment, onSupport, onDone }: { commitment: Commitment; onSupport: (held: HeldRef | null) => void; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const change = useMutation(trpc.commitment.change.mutationOptions({ onSettled: () => queryClient.invalidateQueries(trpc.commitment.pathFilter()) }));
  const form = useForm<ChangeValues>({
    values: { what: commitment.what, why: commitment.why ?? "", question: commitment.question, endOn: commitment.endOn ?? "", note: "" },
    resetOptions: { keepDirtyValues: true },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    try {
      const result = await change.mutateAsync({ commitmentId: commitment.id, what: v.what, why: v.why, question: v.question, endOn: v.endOn || null, note: v.note || undefined });
      onDone();
      if (result.supportive) onSupport(result.noteHeld ? { kind: "commitment-note", eventId: result.eventId } : null);
    } catch (error) {
      applyServerError(error, form.setError, ["what", "why", "question", "endOn", "note"]);
    }
  });
  return (
    <form onSubmit={submit} noValidate className="mt-3 space-y-3">
      {errors.root?.message ? (
        <Notice tone="error" role="alert">
          {errors.root.message}
        </Notice>
      ) : null}
      <Field label="What I commit to" error={errors.what?.message}>
        <Input {...form.register("what", whatRules)} />
      </Field>
      <Field label="Why it matters to me (optional)" error={errors.why?.message}>
        <textarea className="block min-h-16 w-full rounded-lg border border-stone-500 bg-white p-3" {...form.register("why", noteRules)} />
      </Field>
      <Field label="Check-in question" error={errors.question?.message}>
        <Input {...form.register("question", questionRules)} />
      </Field>
      <Field label="End (optional)" error={errors.endOn?.message}>
        <Input type="date" {...form.register("endOn")} />
      </Field>
      <Field label="A note for the history (optional)" hint="Your partner sees what changed and this note." error={errors.note?.message}>
        <textarea className="block min-h-16 w-full rounded-lg border border-stone-500 bg-white p-3" {...form.register("note", noteRules)} />
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        Save the change
      </Button>
    </form>
  );
}
