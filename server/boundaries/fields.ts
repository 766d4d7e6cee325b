/** Boundary limits and their words, without zod: the boundary form checks with these too (server/boundaries/schema.ts is the server's check). */
export const BOUNDARY_TITLE_MAX = 120;
export const BOUNDARY_DESCRIPTION_MAX = 2_000;
export const BOUNDARY_COMMENT_MAX = 2_000;

export const BOUNDARY_WORDS = {
  titleMissing: "Please give it a short title.",
  titleTooLong: `Please keep the title to ${BOUNDARY_TITLE_MAX} characters.`,
  descriptionMissing: "Please say in a sentence or two what it means.",
  descriptionTooLong: `Please keep this to ${BOUNDARY_DESCRIPTION_MAX.toLocaleString("en")} characters.`,
  categoryMissing: "Choose a category.",
} as const;
