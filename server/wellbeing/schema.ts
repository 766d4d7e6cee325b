import { z } from "zod";
import { FEELINGS, MOOD_NOTE_MAX } from "./fields";

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "Unknown time zone.");

/** Today's check-in, in the person's own zone; saving again the same day updates it. */
export const saveMoodSchema = z
  .object({
    mood: z.number().int().min(1, "Choose how you feel, from 1 to 5.").max(5, "Choose how you feel, from 1 to 5."),
    feelings: z
      .array(z.enum(FEELINGS))
      .max(FEELINGS.length)
      .refine((list) => new Set(list).size === list.length, "Each feeling once, please."),
    note: z.string().trim().max(MOOD_NOTE_MAX, `Please keep the note to ${MOOD_NOTE_MAX.toLocaleString("en")} characters.`).optional(),
    timeZone,
  })
  .strict();

export const moodRefSchema = z.object({ id: z.uuid() }).strict();
