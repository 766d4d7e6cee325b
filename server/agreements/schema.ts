import { z } from "zod";
import { TIMELINE_AREAS, TIMELINE_MAX } from "./fields";

/** Filters: which areas, whose actions; "show older" asks for a longer list (newest first). */
export const timelineSchema = z
  .object({
    areas: z.array(z.enum(TIMELINE_AREAS)).min(1, "Choose at least one kind of entry.").max(TIMELINE_AREAS.length),
    person: z.enum(["anyone", "you", "partner"]),
    limit: z.number().int().min(1).max(TIMELINE_MAX),
  })
  .strict();
export type TimelineFilter = z.infer<typeof timelineSchema>;
