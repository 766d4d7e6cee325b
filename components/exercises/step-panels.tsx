"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { HeldChoice, SupportivePanel } from "@/components/safety/supportive-panel";
import { Notice } from "@/components/ui/notice";
import type { SessionView, StepView } from "@/server/exercises/queries";
import type { ExerciseStep } from "@/server/exercises/template-schema";
import { AnswerInput, AnswerText, emptyAnswer, type AnswerValue } from "./answer-input";
import { useExerciseActions } from "./use-step-action";

interface PanelProps<K extends ExerciseStep["kind"]> {
  session: SessionView;
  step: Extract<ExerciseStep, { kind: K }>;
  view: Extract<StepView, { kind: K }>;
  stepIndex: number;
  partnerName: string;
  current: boolean;
}

function ErrorLine({ error }: { error: { message: string } | null }) {
  return error ? (
    <p role="alert" className="text-sm font-medium text-rose-800">
      {error.message}
    </p>
  ) : null;
}

export function GuidancePanel({ session, step, view, stepIndex, partnerName, current }: PanelProps<"guidance">) {
  const { acknowledge } = useExerciseActions();
  return (
    <div className="space-y-3">
      <ul className="list-disc space-y-2 pl-5 text-stone-800">
        {step.body.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {current && !view.youAcknowledged ? (
        <Button onClick={() => acknowledge.mutate({ sessionId: session.id, stepIndex })} disabled={acknowledge.isPending}>
          I&apos;ve read this
        </Button>
      ) : null}
      {current && view.youAcknowledged && !view.partnerAcknowledged ? <p className="text-stone-700">Waiting for {partnerName} to read it too.</p> : null}
      <ErrorLine error={acknowledge.error} />
    </div>
  );
}

export function RevealPanel({ session, step, view, stepIndex, partnerName, current }: PanelProps<"private-then-reveal">) {
  const { submitAnswer, acknowledge } = useExerciseActions();
  const promptId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<AnswerValue>(() => (view.yours as AnswerValue) ?? emptyAnswer(step.answer));
  const [editing, setEditing] = useState(!view.youSubmitted);
  const cleaned = (value: AnswerValue) => (Array.isArray(value) && step.answer.type === "list" ? value.filter((v) => v.trim() !== "") : value);
  const [support, setSupport] = useState(false);
  const held = { kind: "answer" as const, sessionId: session.id, stepIndex };
  const panel = support ? <SupportivePanel held={view.yourHold === "held" ? held : null} partnerName={partnerName} onClose={() => setSupport(false)} /> : null;
  const yourHold =
    view.yourHold === "private" ? (
      <p className="text-sm text-stone-700">Only you can see this answer.</p>
    ) : view.yourHold === "held" && !support ? (
      <div className="space-y-1">
        <p className="text-sm text-stone-700">Only you can see this answer for now. Share it, or keep it private?</p>
        <HeldChoice held={held} />
      </div>
    ) : null;

  if (view.revealed) {
    return (
      <div className="space-y-3">
        {panel}
        <p id={promptId} className="font-medium">{step.prompt}</p>
        <div className="grid gap-3 sm:grid-cols-2" data-testid="reveal">
          <div className="rounded-xl bg-teal-50 p-3">
            <p className="text-sm font-semibold text-teal-950">You</p>
            <AnswerText value={view.yours} />
            {yourHold}
          </div>
          <div className="rounded-xl bg-amber-50 p-3">
            <p className="text-sm font-semibold text-amber-950">{partnerName}</p>
            {view.partnerWithheld ? <p className="text-stone-700">{partnerName}&apos;s answer isn&apos;t shared.</p> : <AnswerText value={view.partners} />}
          </div>
        </div>
        {current && !view.youMovedOn ? (
          <Button onClick={() => acknowledge.mutate({ sessionId: session.id, stepIndex })} disabled={acknowledge.isPending}>
            Continue
          </Button>
        ) : null}
        {current && view.youMovedOn && !view.partnerMovedOn ? <p className="text-stone-700">Waiting for {partnerName} to continue.</p> : null}
        <ErrorLine error={acknowledge.error} />
      </div>
    );
  }
  return (
    <div className="space-y-3">
      {panel}
      <p id={promptId} className="font-medium">{step.prompt}</p>
      {step.help ? <p className="text-sm text-stone-700">{step.help}</p> : null}
      <p className="text-sm text-stone-700">
        {partnerName} won&apos;t see your answer until you have both answered. Then you&apos;ll both see both answers at once.
      </p>
      {editing && current ? (
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            submitAnswer.mutate(
              { sessionId: session.id, stepIndex, answer: cleaned(draft) },
              {
                onSuccess: (result) => {
                  setEditing(false);
                  setSupport(result.supportive);
                },
              },
            );
          }}
        >
          <AnswerInput format={step.answer} value={draft} onChange={setDraft} labelledBy={promptId} describedBy={submitAnswer.error ? errorId : undefined} />
          {submitAnswer.error ? (
            <p id={errorId} role="alert" className="text-sm font-medium text-rose-800">
              {submitAnswer.error.message}
            </p>
          ) : null}
          <Button type="submit" disabled={submitAnswer.isPending}>
            {view.youSubmitted ? "Save my changes" : "Submit my answer"}
          </Button>
        </form>
      ) : (
        <div className="space-y-2">
          <p className="text-stone-800">Your answer is in.</p>
          {yourHold}
          {current ? (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Change my answer
            </Button>
          ) : null}
        </div>
      )}
      <p className="text-sm text-stone-700" data-testid="partner-progress">
        {view.partnerSubmitted ? `${partnerName} has answered.` : `${partnerName} hasn't answered yet.`}
      </p>
    </div>
  );
}

export function ReflectionPanel({ session, step, view, stepIndex, partnerName, current }: PanelProps<"reflection">) {
  const { saveReflection } = useExerciseActions();
  const [note, setNote] = useState(view.yours ?? "");
  const [support, setSupport] = useState(false);
  const labelId = useId();
  return (
    <div className="space-y-3">
      {support ? <SupportivePanel held={null} partnerName={partnerName} onClose={() => setSupport(false)} /> : null}
      <p id={labelId} className="font-medium">{step.prompt}</p>
      <p className="text-sm text-stone-700">This note is only for you. {partnerName} will never see it.</p>
      {current && !view.youAreDone ? (
        <>
          <textarea
            aria-labelledby={labelId}
            className="block min-h-28 w-full rounded-lg border border-stone-500 bg-white p-3"
            maxLength={5000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => saveReflection.mutate({ sessionId: session.id, stepIndex, note: note.trim() || null }, { onSuccess: (result) => setSupport(result.supportive) })} disabled={saveReflection.isPending}>
              {note.trim() ? "Save my note" : "Continue without a note"}
            </Button>
          </div>
          <ErrorLine error={saveReflection.error} />
        </>
      ) : view.yours ? (
        <p className="whitespace-pre-wrap rounded-xl bg-stone-100 p-3">{view.yours}</p>
      ) : null}
      {current && view.youAreDone && !view.partnerIsDone ? <p className="text-stone-700">Waiting for {partnerName} to finish.</p> : null}
    </div>
  );
}

const TURN_WORDS = { speak: "shared", paraphrase: "said back", confirm: "confirmed", correct: "added" } as const;

export function TurnsPanel({ session, step, view, stepIndex, partnerName, current }: PanelProps<"turns">) {
  const { takeTurn } = useExerciseActions();
  const [text, setText] = useState("");
  const fieldId = useId();
  const [correcting, setCorrecting] = useState(false);
  const [support, setSupport] = useState(false);
  const act = (action: "speak" | "paraphrase" | "confirm" | "correct", body?: string) =>
    takeTurn.mutate({ sessionId: session.id, stepIndex, action, ...(body ? { body } : {}) }, { onSuccess: (result) => (setText(""), setCorrecting(false), setSupport(result.supportive)) });
  const canWrite = view.yourActions.includes("speak") || view.yourActions.includes("paraphrase") || correcting;
  const writingAction = view.yourActions.includes("speak") ? "speak" : view.yourActions.includes("paraphrase") ? "paraphrase" : "correct";
  const label = writingAction === "speak" ? step.speakerPrompt : writingAction === "paraphrase" ? step.listenerPrompt : "What did they miss?";
  return (
    <div className="space-y-3">
      {support ? <SupportivePanel held={null} partnerName={partnerName} onClose={() => setSupport(false)} /> : null}
      <p className="text-sm text-stone-700">
        Turn {Math.min(view.turn, step.turns)} of {step.turns}. {view.youSpeak ? "You have the floor." : `${partnerName} has the floor.`}
      </p>
      <ol className="space-y-2" aria-label="Conversation so far">
        {view.messages.map((message) => (
          <li key={message.seq} className={message.by === "you" ? "rounded-xl bg-teal-50 p-3" : "rounded-xl bg-amber-50 p-3"}>
            <p className="text-sm font-semibold">
              {message.by === "you" ? "You" : partnerName} {TURN_WORDS[message.kind]}
            </p>
            {message.body ? <p className="whitespace-pre-wrap">{message.body}</p> : <p>“Yes, you got it.”</p>}
          </li>
        ))}
      </ol>
      {current && view.yourActions.includes("confirm") && !correcting ? (
        <div className="space-y-2">
          <p className="font-medium">Did {partnerName} get it right?</p>
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => act("confirm")} disabled={takeTurn.isPending}>
              Yes, you got it
            </Button>
            <Button variant="secondary" onClick={() => setCorrecting(true)}>
              Not quite
            </Button>
          </div>
        </div>
      ) : null}
      {current && canWrite ? (
        <form
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            act(writingAction, text.trim());
          }}
        >
          <label htmlFor={fieldId} className="block font-medium">
            {label}
          </label>
          <textarea id={fieldId} className="block min-h-28 w-full rounded-lg border border-stone-500 bg-white p-3" maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
          <Button type="submit" disabled={takeTurn.isPending || !text.trim()}>
            Send
          </Button>
        </form>
      ) : null}
      {current && view.waitingForPartner ? <p className="text-stone-700">Waiting for {partnerName}.</p> : null}
      <ErrorLine error={takeTurn.error} />
    </div>
  );
}

/** Once you both agreed to a draft: propose it as a boundary, or make it your own commitment. */
function TakeFurther({ sessionId, stepIndex, produces, takenFurther }: { sessionId: string; stepIndex: number; produces: "boundary" | "commitment"; takenFurther: Extract<StepView, { kind: "agreement" }>["takenFurther"] }) {
  const link = "font-medium text-teal-900 underline underline-offset-4";
  const from = `fromSession=${sessionId}&step=${stepIndex}`;
  if (takenFurther && "boundaryId" in takenFurther) {
    return (
      <p>
        This draft is now a boundary proposal.{" "}
        <Link className={link} href={`/boundaries/${takenFurther.boundaryId}`}>
          See the boundary
        </Link>
      </p>
    );
  }
  if (takenFurther && "commitmentId" in takenFurther) {
    return (
      <p>
        You made this your commitment.{" "}
        <Link className={link} href={`/commitments#c-${takenFurther.commitmentId}`}>
          See your commitment
        </Link>
      </p>
    );
  }
  return produces === "boundary" ? (
    <p>
      You both agreed to these words.{" "}
      <Link className={link} href={`/boundaries?${from}`}>
        Propose it as a boundary
      </Link>
    </p>
  ) : (
    <p>
      You both agreed to these words.{" "}
      <Link className={link} href={`/commitments?${from}`}>
        Make it my commitment
      </Link>
    </p>
  );
}

export function AgreementPanel({ session, step, view, stepIndex, partnerName, current }: PanelProps<"agreement">) {
  const { saveDraft, agreeToDraft } = useExerciseActions();
  const saved = view.draft;
  const [title, setTitle] = useState(saved?.title ?? "");
  const [details, setDetails] = useState(saved?.details ?? "");
  const [base, setBase] = useState(saved);
  const [changedUnderYou, setChangedUnderYou] = useState(false);
  const titleId = useId();
  const detailsId = useId();
  const dirty = title !== (base?.title ?? "") || details !== (base?.details ?? "");
  // The partner saved new wording: take it in, unless you are in the middle of your own edit.
  if ((saved?.title ?? "") !== (base?.title ?? "") || (saved?.details ?? "") !== (base?.details ?? "")) {
    setBase(saved);
    if (dirty) setChangedUnderYou(true);
    else {
      setTitle(saved?.title ?? "");
      setDetails(saved?.details ?? "");
    }
  }
  const showsSaved = saved !== null && title.trim() === saved.title && details.trim() === saved.details;
  return (
    <div className="space-y-3">
      <p className="font-medium">{step.prompt}</p>
      <p className="text-sm text-stone-700">
        Either of you can write or change this draft {step.produces}. It counts only when you both agree to the same words.
      </p>
      {changedUnderYou ? (
        <Notice tone="gentle" role="status">
          {partnerName} changed the draft while you were writing. Save yours to propose it, or reload the page to read theirs.
        </Notice>
      ) : null}
      {current ? (
        <form
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            saveDraft.mutate({ sessionId: session.id, stepIndex, title, details }, { onSuccess: () => setChangedUnderYou(false) });
          }}
        >
          <label htmlFor={titleId} className="block font-medium">
            Title
          </label>
          <Input id={titleId} value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor={detailsId} className="block font-medium">
            Details
          </label>
          <textarea id={detailsId} className="block min-h-24 w-full rounded-lg border border-stone-500 bg-white p-3" maxLength={5000} value={details} onChange={(e) => setDetails(e.target.value)} />
          <Button type="submit" variant="secondary" disabled={saveDraft.isPending || showsSaved}>
            Save draft
          </Button>
          <ErrorLine error={saveDraft.error} />
        </form>
      ) : saved ? (
        <p>
          <strong>{saved.title}</strong> — {saved.details}
        </p>
      ) : null}
      {saved && view.youAgreed && view.partnerAgreed ? <TakeFurther sessionId={session.id} stepIndex={stepIndex} produces={step.produces} takenFurther={view.takenFurther} /> : null}
      {current && saved ? (
        <div className="space-y-2">
          <p className="text-sm text-stone-700">
            {view.youAgreed ? "You agreed to this draft." : "You haven't agreed yet."} {view.partnerAgreed ? `${partnerName} agreed.` : `${partnerName} hasn't agreed yet.`}
          </p>
          {!view.youAgreed ? (
            <>
              {/* You agree to exactly the saved words you are looking at. */}
              <Button onClick={() => agreeToDraft.mutate({ sessionId: session.id, stepIndex, title: saved.title, details: saved.details })} disabled={agreeToDraft.isPending || !showsSaved}>
                I agree to this draft
              </Button>
              {!showsSaved ? <p className="text-sm text-stone-700">Save your changes first, or agree once the draft shows the saved words.</p> : null}
            </>
          ) : null}
          <ErrorLine error={agreeToDraft.error} />
        </div>
      ) : null}
    </div>
  );
}

export function StepPanel(props: { session: SessionView; stepIndex: number; partnerName: string }) {
  const step = props.session.template.steps[props.stepIndex];
  const view = props.session.views[props.stepIndex];
  if (!step || !view || step.kind !== view.kind) return <Notice tone="error">This step couldn&apos;t be shown.</Notice>;
  const current = props.session.status === "active" && props.stepIndex === props.session.stepIndex && !props.session.breakUntil;
  const common = { session: props.session, stepIndex: props.stepIndex, partnerName: props.partnerName, current };
  // key: a fresh panel (and fresh local drafts) for each step, each reveal and each new draft.
  const key = `${props.stepIndex}`;
  switch (step.kind) {
    case "guidance":
      return <GuidancePanel key={key} {...common} step={step} view={view as Extract<StepView, { kind: "guidance" }>} />;
    case "private-then-reveal":
      return <RevealPanel key={`${key}-${(view as { revealed: boolean }).revealed}`} {...common} step={step} view={view as Extract<StepView, { kind: "private-then-reveal" }>} />;
    case "reflection":
      return <ReflectionPanel key={key} {...common} step={step} view={view as Extract<StepView, { kind: "reflection" }>} />;
    case "turns":
      return <TurnsPanel key={key} {...common} step={step} view={view as Extract<StepView, { kind: "turns" }>} />;
    case "agreement":
      return <AgreementPanel key={key} {...common} step={step} view={view as Extract<StepView, { kind: "agreement" }>} />;
  }
}
