import { z } from "zod";

/**
 * A private safety check, for the person taking it alone. The answers are assessed and returned to
 * them; nothing is stored, nothing is announced, and the partner cannot learn it was taken.
 */
export const SAFETY_QUESTIONS = [
  { id: "feelSafe", text: "Do you feel safe with your partner?", answers: ["yes", "not-sure", "no"] },
  { id: "harmed", text: "Has your partner hurt you, threatened you, or made you afraid?", answers: ["no", "sometimes", "yes"] },
  { id: "controlled", text: "Does your partner control your money, your phone or who you see, or pressure you into things you don't want?", answers: ["no", "sometimes", "yes"] },
  { id: "afraidIfKnew", text: "Would you be afraid if your partner knew how you answered these questions?", answers: ["no", "not-sure", "yes"] },
] as const;

export const ANSWER_WORDS = { yes: "Yes", no: "No", "not-sure": "Not sure", sometimes: "Sometimes" } as const;

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
