import type { TherapistScope } from "@/db/schema";

export type Scope = TherapistScope;

/** How each shareable part is named to partners (when consenting) and to therapists. */
export const SCOPE_LABELS: Record<Scope, { title: string; short: string; detail: string }> = {
  answers: { title: "Revealed exercise answers", short: "exercise answers", detail: "Answers you have both already seen in an exercise. Never reflections or unrevealed answers." },
  boundaries: { title: "Boundaries", short: "boundaries", detail: "Your boundaries and their versions, and who agreed when. Not comments." },
  commitments: { title: "Commitments and check-ins", short: "commitments", detail: "Commitments, check-ins and progress. Notes you kept private stay private." },
  moods: { title: "Shared mood check-ins", short: "shared moods", detail: "Only the daily check-ins you chose to share with your partner." },
};
