"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { applyServerError } from "@/components/auth/server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { SupportivePanel } from "@/components/safety/supportive-panel";
import { calendarDay } from "@/components/ui/form-rules";
import { COMMITMENT_NOTE_MAX, COMMITMENT_TEXT_MAX, COMMITMENT_WORDS as W } from "@/server/commitments/fields";
import { noteRules, questionRules, whatRules } from "./commitment-rules";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

type Values = { what: string; why: string; question: string; cadence: "daily" | "weekly" | "weekdays" | "once"; days: string[]; dueOn: string; startOn: string; endOn: string };

function todayHere() {
  return new Intl.DateTimeFormat("en-CA").format(new Date());
}

/** An agreement draft from an exercise that you both agreed to, taken further as your own commitment. */
export interface DraftSource {
  ref: { sessionId: string; stepIndex: number };
  title: string;
  details: string;
}

/** A promise you make for yourself; your partner can see it and respond, but it binds only you. */
export function CommitmentForm({ draft }: { draft?: DraftSource }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.commitment.create.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.commitment.pathFilter()) }));
  const form = useForm<Values>({
    defaultValues: { what: draft?.title.slice(0, COMMITMENT_TEXT_MAX) ?? "", why: draft?.details.slice(0, COMMITMENT_NOTE_MAX) ?? "", question: "", cadence: "daily", days: [], dueOn: "", startOn: todayHere(), endOn: "" },
  });
  const { errors, isSubmitting } = form.formState;
  // The wording is shared as the commitment itself; the supportive panel is for its writer.
  const [support, setSupport] = useState(false);
  const cadenceKind = useWatch({ control: form.control, name: "cadence" });
  const submit = form.handleSubmit(async (v) => {
    const cadence =
      v.cadence === "weekdays" ? { kind: "weekdays" as const, days: v.days.map(Number) } : v.cadence === "once" ? { kind: "once" as const, dueOn: v.dueOn } : { kind: v.cadence };
    try {
      const result = await create.mutateAsync({
        what: v.what,
        why: v.why || undefined,
        question: v.question,
        cadence,
        startOn: v.startOn,
        endOn: v.endOn || null,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        fromDraft: draft?.ref,
      });
      form.reset({ what: "", why: "", question: "", cadence: "daily", days: [], dueOn: "", startOn: todayHere(), endOn: "" });
      setSupport(result.supportive);
      if (draft) router.replace("/commitments");
    } catch (error) {
      applyServerError(error, form.setError, ["what", "why", "question", "startOn", "endOn"]);
    }
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {support ? <SupportivePanel held={null} partnerName="" onClose={() => setSupport(false)} /> : null}
      {draft ? (
        <Notice tone="info">From your exercise: the words you both agreed to are filled in. Adjust them if you like; this commitment is yours alone.</Notice>
      ) : null}
      {errors.root?.message ? (
        <Notice tone="error" role="alert">
          {errors.root.message}
        </Notice>
      ) : null}
      <Field label="What I commit to" error={errors.what?.message}>
        <Input {...form.register("what", whatRules)} />
      </Field>
      <Field label="Why it matters to me (optional)" error={errors.why?.message}>
        <textarea className="block min-h-20 w-full rounded-lg border border-stone-500 bg-white p-3" {...form.register("why", noteRules)} />
      </Field>
      <Field label="Check-in question" hint='For example: "No contact with X today?"' error={errors.question?.message}>
        <Input {...form.register("question", questionRules)} />
      </Field>
      <Field label="How often">
        <select className="min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3" {...form.register("cadence")}>
          <option value="daily">Every day</option>
          <option value="weekly">Every week</option>
          <option value="weekdays">On chosen days</option>
          <option value="once">Once, by a date</option>
        </select>
      </Field>
      {cadenceKind === "weekdays" ? (
        <fieldset className="space-y-1">
          <legend className="font-medium">Days</legend>
          <div className="flex flex-wrap gap-3">
            {WEEKDAYS.map((day, i) => (
              <label key={day} className="flex min-h-11 items-center gap-2">
                <input type="checkbox" value={String(i + 1)} className="size-5" {...form.register("days")} />
                {day}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {cadenceKind === "once" ? (
        <Field label="By when">
          <Input type="date" {...form.register("dueOn")} />
        </Field>
      ) : null}
      <Field label="Start" error={errors.startOn?.message}>
        <Input type="date" {...form.register("startOn", { validate: calendarDay(W.startMissing) })} />
      </Field>
      <Field label="End (optional)" error={errors.endOn?.message}>
        <Input type="date" {...form.register("endOn")} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        Make this commitment
      </Button>
    </form>
  );
}
