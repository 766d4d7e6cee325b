import { z } from "zod";
import { BREAK_PRESETS_MINUTES } from "./rules";
import { MAX_ANSWER_LENGTH } from "./fields";

const sessionId = z.uuid("This exercise link isn't valid.");
const stepIndex = z.number().int().min(0).max(29);
const body = z.string().trim().min(1, "Please write something first.").max(MAX_ANSWER_LENGTH, `Please keep this to ${MAX_ANSWER_LENGTH.toLocaleString("en")} characters.`);

// `assignmentId`: started as the homework a consenting therapist set for this couple.
export const startSessionSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{3,60}$/), assignmentId: z.uuid().optional() }).strict();
export const sessionRefSchema = z.object({ sessionId }).strict();
export const stepRefSchema = z.object({ sessionId, stepIndex }).strict();
export const draftRefSchema = z.object({ sessionId, stepIndex, produces: z.enum(["boundary", "commitment"]) }).strict();
// The answer's own shape depends on the step and is checked against the template on the server.
export const submitAnswerSchema = z.object({ sessionId, stepIndex, answer: z.unknown() }).strict();
export const reflectionSchema = z.object({ sessionId, stepIndex, note: body.nullable() }).strict();
export const turnSchema = z
  .object({ sessionId, stepIndex, action: z.enum(["speak", "paraphrase", "confirm", "correct"]), body: body.optional() })
  .strict();
export const draftSchema = z
  .object({ sessionId, stepIndex, title: z.string().trim().min(1, "Give it a short title.").max(120), details: body })
  .strict();
// Agreeing names the exact wording seen, so consent never lands on a text changed a moment ago.
export const agreeSchema = z
  .object({ sessionId, stepIndex, title: z.string().max(120), details: z.string().max(MAX_ANSWER_LENGTH) })
  .strict();
export const breakSchema = z
  .object({
    sessionId,
    minutes: z
      .number()
      .int()
      .refine((m) => (BREAK_PRESETS_MINUTES as readonly number[]).includes(m), "Choose one of the break lengths offered (20 minutes to 24 hours)."),
  })
  .strict();
