import { z } from "zod";

/**
 * A private safety check, for the person taking it alone. The answers are assessed and returned to
 * them; nothing is stored, nothing is announced, and the partner cannot learn it was taken. The
 * questions are in ./safety-questions (no zod, so the page can show them).
 */

export const safetyCheckSchema = z
  .object({
    feelSafe: z.enum(["yes", "not-sure", "no"]),
    harmed: z.enum(["no", "sometimes", "yes"]),
    controlled: z.enum(["no", "sometimes", "yes"]),
    afraidIfKnew: z.enum(["no", "not-sure", "yes"]),
  })
  .strict();
export type SafetyAnswers = z.infer<typeof safetyCheckSchema>;

/**
 * "danger": any sign of harm, threats, fear or control; "unsure": some doubt; "ok" otherwise. Erring
 * towards showing help: a single worrying answer is enough.
 */
export function assessSafety(a: SafetyAnswers): "danger" | "unsure" | "ok" {
  if (a.feelSafe === "no" || a.harmed !== "no" || a.controlled === "yes" || a.afraidIfKnew === "yes") return "danger";
  if (a.feelSafe === "not-sure" || a.controlled === "sometimes" || a.afraidIfKnew === "not-sure") return "unsure";
  return "ok";
}
