import { z } from "zod";
import { stepRefSchema } from "@/server/exercises/schema";
import { BOUNDARY_CATEGORIES } from "./categories";
import { BOUNDARY_COMMENT_MAX, BOUNDARY_DESCRIPTION_MAX, BOUNDARY_TITLE_MAX, BOUNDARY_WORDS as W } from "./fields";

const boundaryId = z.uuid("This boundary link isn't valid.");
/** The version the person is acting on, and the boundary's revision they saw: a stale one gets CONFLICT. */
const version = z.number().int().min(1);
const revision = z.number().int().min(1);

export const boundaryFields = {
  title: z.string().trim().min(1, W.titleMissing).max(BOUNDARY_TITLE_MAX, W.titleTooLong),
  description: z.string().trim().min(1, W.descriptionMissing).max(BOUNDARY_DESCRIPTION_MAX, W.descriptionTooLong),
  category: z.enum(BOUNDARY_CATEGORIES, W.categoryMissing),
  reviewOn: z.iso.date("Choose a review date, or leave it empty.").nullable(),
};

/** `fromDraft`: the exercise step whose agreed draft this proposal takes further. */
export const proposeBoundarySchema = z.object({ ...boundaryFields, fromDraft: stepRefSchema.optional() }).strict();
export const changeBoundarySchema = z.object({ boundaryId, version, revision, ...boundaryFields }).strict();
export const boundaryVersionRefSchema = z.object({ boundaryId, version, revision }).strict();
export const boundaryRefSchema = z.object({ boundaryId }).strict();
/** "We looked at it" names the review date the person saw. */
export const markReviewedSchema = z.object({ boundaryId, reviewOn: z.iso.date() }).strict();
export const commentSchema = z
  .object({
    boundaryId,
    body: z.string().trim().min(1, "Please write something first.").max(BOUNDARY_COMMENT_MAX, `Please keep this to ${BOUNDARY_COMMENT_MAX.toLocaleString("en")} characters.`),
  })
  .strict();
