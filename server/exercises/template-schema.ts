import { z } from "zod";
export const EXERCISE_CATEGORIES = ["connection", "communication", "conflict-repair", "trust-rebuilding"] as const;
export type ExerciseCategory = (typeof EXERCISE_CATEGORIES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const distinct = (values: string[]) => new Set(values).size === values.length;
const stepId = z.string().regex(/^[a-z0-9-]{1,40}$/, "step ids are short kebab-case");

/** How a private answer is given. */
export const answerFormatSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), placeholder: text(200).optional() }).strict(),
  z.object({ type: z.literal("scale"), minLabel: text(60), maxLabel: text(60) }).strict(), // always 1–10
  z.object({ type: z.literal("single-choice"), options: z.array(text(120)).min(2).max(12).refine(distinct, "options must be distinct") }).strict(),
  z
    .object({ type: z.literal("multi-choice"), options: z.array(text(120)).min(2).max(12).refine(distinct, "options must be distinct"), maxSelections: z.number().int().min(1).max(12).optional() })
    .strict(),
  z
    .object({ type: z.literal("list"), minItems: z.number().int().min(1).max(10), maxItems: z.number().int().min(1).max(10), itemLabel: text(60).optional() })
    .strict()
    .refine((list) => list.minItems <= list.maxItems, "minItems must not exceed maxItems"),
]);
export type AnswerFormat = z.infer<typeof answerFormatSchema>;

export const stepSchema = z.discriminatedUnion("kind", [
  /** Read-only instructions both acknowledge before moving on. */
  z.object({ kind: z.literal("guidance"), id: stepId, title: text(120), body: z.array(text(600)).min(1).max(12) }).strict(),
  /** Each answers privately; nothing is shown until both have submitted, then both at once. */
  z
    .object({
      kind: z.literal("private-then-reveal"),
      id: stepId,
      title: text(120),
      prompt: text(600),
      help: text(600).optional(),
      answer: answerFormatSchema,
    })
    .strict(),
  /** Speaker–listener: speak, paraphrase, confirm ("Did I get it right?"), then the floor passes. */
  z
    .object({
      kind: z.literal("turns"),
      id: stepId,
      title: text(120),
      speakerPrompt: text(600),
      listenerPrompt: text(600),
      // Turns in all; the floor passes after each confirmed turn, so 2 = each speaks once.
      turns: z.number().int().min(1).max(8),
    })
    .strict(),
  /** A private note for the writer only: never shown to the partner or a therapist. */
  z.object({ kind: z.literal("reflection"), id: stepId, title: text(120), prompt: text(600) }).strict(),
  /** A draft boundary or commitment written together; kept on the session until agreements exist. */
  z.object({ kind: z.literal("agreement"), id: stepId, title: text(120), prompt: text(600), produces: z.enum(["boundary", "commitment"]) }).strict(),
]);
export type ExerciseStep = z.infer<typeof stepSchema>;
export type StepKind = ExerciseStep["kind"];

export const templateSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]{3,60}$/),
    version: z.number().int().min(1),
    title: text(120),
    summary: text(400),
    category: z.enum(EXERCISE_CATEGORIES),
    minutes: z.number().int().min(5).max(180),
    suits: text(400),
    source: z.object({ citation: text(400), url: z.url().optional() }).strict(),
    /** Where sources disagree, or how Twofold adapted the format. */
    notes: text(800).optional(),
    steps: z.array(stepSchema).min(1).max(30),
  })
  .strict()
  .refine((t) => new Set(t.steps.map((s) => s.id)).size === t.steps.length, "step ids must be unique within a template");
export type ExerciseTemplate = z.infer<typeof templateSchema>;

/** Templates are authored with this so the file reads as data and type-checks as it is written. */
export function defineTemplate(template: z.input<typeof templateSchema>): z.input<typeof templateSchema> {
  return template;
}
