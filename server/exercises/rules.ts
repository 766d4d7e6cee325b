import { z } from "zod";
import { MAX_ANSWER_LENGTH } from "./fields";
import type { AnswerFormat, ExerciseStep } from "./template-schema";

/** Break lengths offered when someone calls a time-out: at least 20 minutes, at most 24 hours. */
export const BREAK_PRESETS_MINUTES = [20, 30, 45, 60, 120, 240, 480, 1440] as const;
export const MIN_BREAK_MINUTES = 20;
export const MAX_BREAK_MINUTES = 24 * 60;
export const MAX_LIST_ITEM_LENGTH = 500;

const answerText = z
  .string({ error: "Please write something before you submit, even a few words." })
  .trim()
  .min(1, "Please write something before you submit, even a few words.")
  .max(MAX_ANSWER_LENGTH, `Please keep this to ${MAX_ANSWER_LENGTH.toLocaleString("en")} characters.`);

/** The shape an answer must have for this step's format. */
export function answerSchemaFor(format: AnswerFormat): z.ZodType<unknown> {
  switch (format.type) {
    case "text":
      return answerText;
    case "scale":
      return z.number({ error: "Choose a number from 1 to 10." }).int().min(1, "Choose a number from 1 to 10.").max(10, "Choose a number from 1 to 10.");
    case "single-choice":
      return z.enum(format.options as [string, ...string[]], "Choose one of the options.");
    case "multi-choice":
      return z
        .array(z.enum(format.options as [string, ...string[]]), { error: "Choose at least one." })
        .min(1, "Choose at least one.")
        .max(format.maxSelections ?? format.options.length, `Choose at most ${format.maxSelections ?? format.options.length}.`)
        .refine((values) => new Set(values).size === values.length, "Each option once, please.");
    case "list":
      return z
        .array(z.string().trim().min(1, "Fill in each line or remove it.").max(MAX_LIST_ITEM_LENGTH), { error: `Please add at least ${format.minItems}.` })
        .min(format.minItems, `Please add at least ${format.minItems}.`)
        .max(format.maxItems, `Please keep it to ${format.maxItems}.`);
  }
}

export const reflectionNoteSchema = answerText;

export type TurnAction = "speak" | "paraphrase" | "confirm" | "correct";
export interface TurnMessage {
  authorId: string;
  kind: TurnAction;
}

export interface TurnState {
  /** 1-based number of the turn in progress (or the last one when done). */
  turn: number;
  completedTurns: number;
  speakerId: string;
  listenerId: string;
  /** Who may act next, and how; null when all turns are done. */
  next: { userId: string; actions: TurnAction[] } | null;
}

/**
 * Speaker–listener rules. The speaker speaks; the listener paraphrases; the speaker confirms
 * ("yes, you got it") or corrects ("not quite…"), after which the listener paraphrases again.
 * Only a confirmation passes the floor, and the roles swap, until `turns` turns are done.
 */
export function turnState(messages: readonly TurnMessage[], turns: number, firstSpeakerId: string, otherId: string): TurnState {
  let completed = 0;
  let phase: "speak" | "paraphrase" | "confirm" = "speak";
  for (const message of messages) {
    if (phase === "speak" && message.kind === "speak") phase = "paraphrase";
    else if (phase === "paraphrase" && message.kind === "paraphrase") phase = "confirm";
    else if (phase === "confirm" && message.kind === "correct") phase = "paraphrase";
    else if (phase === "confirm" && message.kind === "confirm") {
      completed += 1;
      phase = "speak";
    }
  }
  const speakerId = completed % 2 === 0 ? firstSpeakerId : otherId;
  const listenerId = speakerId === firstSpeakerId ? otherId : firstSpeakerId;
  if (completed >= turns) {
    const lastSpeaker = (turns - 1) % 2 === 0 ? firstSpeakerId : otherId;
    return { turn: turns, completedTurns: completed, speakerId: lastSpeaker, listenerId: lastSpeaker === firstSpeakerId ? otherId : firstSpeakerId, next: null };
  }
  const next =
    phase === "speak"
      ? { userId: speakerId, actions: ["speak"] as TurnAction[] }
      : phase === "paraphrase"
        ? { userId: listenerId, actions: ["paraphrase"] as TurnAction[] }
        : { userId: speakerId, actions: ["confirm", "correct"] as TurnAction[] };
  return { turn: completed + 1, completedTurns: completed, speakerId, listenerId, next };
}

/** A step is finished for the couple when both have done their part (turns: all turns confirmed). */
export function stepComplete(step: ExerciseStep, doneCount: number, turnsCompleted: number): boolean {
  if (step.kind === "turns") return turnsCompleted >= step.turns;
  return doneCount >= 2;
}
