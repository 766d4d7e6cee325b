import { z } from "zod";
import { stepRefSchema } from "@/server/exercises/schema";
import { COMMITMENT_NOTE_MAX, COMMITMENT_TEXT_MAX, COMMITMENT_WORDS as W } from "./fields";

const id = z.uuid("This link isn't valid.");
const what = z.string().trim().min(1, W.whatMissing).max(COMMITMENT_TEXT_MAX, W.textTooLong);
const question = z.string().trim().min(1, W.questionMissing).max(COMMITMENT_TEXT_MAX, W.textTooLong);
const isoDate = z.iso.date("Choose a date.");
const note = z.string().trim().max(COMMITMENT_NOTE_MAX, W.noteTooLong);

export const cadenceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("daily") }).strict(),
  z.object({ kind: z.literal("weekly") }).strict(),
  z
    .object({ kind: z.literal("weekdays"), days: z.array(z.number().int().min(1).max(7)).min(1, "Choose at least one day.").max(7) })
    .strict()
    .refine((c) => new Set(c.days).size === c.days.length, "Each day once, please."),
  z.object({ kind: z.literal("once"), dueOn: isoDate }).strict(),
]);

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "Unknown time zone.");

/** No owner field: a commitment is always made by the person creating it, for themselves. */
export const createCommitmentSchema = z
  .object({
    what,
    why: note.optional(),
    question,
    cadence: cadenceSchema,
    startOn: isoDate,
    endOn: isoDate.nullable(),
    timeZone,
    /** The exercise step whose agreed draft this commitment grew from. */
    fromDraft: stepRefSchema.optional(),
  })
  .strict()
  .refine((c) => c.endOn === null || c.endOn >= c.startOn, { message: "The end date can't be before the start.", path: ["endOn"] })
  .refine((c) => c.cadence.kind !== "once" || c.cadence.dueOn >= c.startOn, { message: "The date can't be before the start.", path: ["cadence"] });

export const checkInSchema = z.object({ commitmentId: id, period: isoDate, outcome: z.enum(["kept", "partly", "not-kept"]), note: note.optional() }).strict();
export const respondSchema = z.object({ checkInId: id, response: z.enum(["confirmed", "unsure"]) }).strict();
export const acknowledgeSchema = z.object({ commitmentId: id, response: z.enum(["seen", "thank-you", "lets-talk"]) }).strict();
export const lifecycleSchema = z.object({ commitmentId: id, action: z.enum(["pause", "resume", "end"]), note: note.optional() }).strict();
export const commitmentRefSchema = z.object({ commitmentId: id }).strict();

/**
 * Changing a commitment: its words and its end date. The cadence and start stay, so past periods
 * keep their meaning; a different rhythm is a new commitment.
 */
export const changeCommitmentSchema = z.object({ commitmentId: id, what, why: note, question, endOn: isoDate.nullable(), note: note.optional() }).strict();
