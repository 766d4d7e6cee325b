import { filled, trimmedAtMost } from "@/components/ui/form-rules";
import { BOUNDARY_CATEGORIES } from "@/server/boundaries/categories";
import { BOUNDARY_DESCRIPTION_MAX, BOUNDARY_TITLE_MAX, BOUNDARY_WORDS as W } from "@/server/boundaries/fields";

// The boundary form's checks (react-hook-form): the same as the server's boundaryFields
// (server/boundaries/schema.ts), without zod.
export const titleRules = { validate: { filled: filled(W.titleMissing), short: trimmedAtMost(BOUNDARY_TITLE_MAX, W.titleTooLong) } };
export const descriptionRules = { validate: { filled: filled(W.descriptionMissing), short: trimmedAtMost(BOUNDARY_DESCRIPTION_MAX, W.descriptionTooLong) } };
export const categoryRules = { validate: (value: string) => (BOUNDARY_CATEGORIES as readonly string[]).includes(value) || W.categoryMissing };
