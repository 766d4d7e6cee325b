import { templateSchema, type ExerciseTemplate } from "./template-schema";
import { templateSources } from "./templates";

/** Every shipped template, validated when this module loads: a broken template fails loudly at start. */
export const exerciseTemplates: readonly ExerciseTemplate[] = templateSources.map((source) => {
  const parsed = templateSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Exercise template "${source.slug}" is invalid: ${parsed.error.message}`);
  return parsed.data;
});

export function findTemplate(slug: string): ExerciseTemplate | undefined {
  return exerciseTemplates.find((template) => template.slug === slug);
}
