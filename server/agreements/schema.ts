import { z } from "zod";

export const TIMELINE_AREAS = ["boundaries", "commitments", "check-ins"] as const;
export type TimelineArea = (typeof TIMELINE_AREAS)[number];
export const TIMELINE_PAGE = 30;
export const TIMELINE_MAX = 600;

/** Filters: which areas, whose actions; "show older" asks for a longer list (newest first). */
export const timelineSchema = z
  .object({
    areas: z.array(z.enum(TIMELINE_AREAS)).min(1, "Choose at least one kind of entry.").max(TIMELINE_AREAS.length),
    person: z.enum(["anyone", "you", "partner"]),
    limit: z.number().int().min(1).max(TIMELINE_MAX),
  })
  .strict();
export type TimelineFilter = z.infer<typeof timelineSchema>;
