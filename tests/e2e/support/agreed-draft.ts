import type { ExerciseStep } from "@/server/exercises/template-schema";
import type { Person } from "./people";

/** A built-in exercise whose `agreement` step produces each kind (server/exercises/templates). */
const SLUG = { boundary: "hold-me-tight-forgiving-injuries", commitment: "atone-attune-attach" } as const;

/** One tRPC call over HTTP as this person (their cookies), in the app's wire format (lib/wire.ts). */
async function call<T = unknown>(who: Person, proc: string, input: unknown, kind: "query" | "mutation" = "mutation"): Promise<T> {
  const body = JSON.stringify({ json: input });
  const response =
    kind === "query"
      ? await who.page.request.get(`/api/trpc/${proc}?input=${encodeURIComponent(body)}`)
      : await who.page.request.post(`/api/trpc/${proc}`, { headers: { "content-type": "application/json" }, data: body });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${proc} as ${who.name} failed (${response.status()}): ${text}`);
  return (JSON.parse(text) as { result: { data: { json: T } } }).result.data.json;
}

/** An answer each private step accepts, whatever its format (server/exercises/rules.ts). */
function answerFor(step: Extract<ExerciseStep, { kind: "private-then-reveal" }>, who: Person): unknown {
  const format = step.answer;
  if (format.type === "text") return `A calm answer from ${who.name}.`;
  if (format.type === "scale") return 7;
  if (format.type === "single-choice") return format.options[0];
  if (format.type === "multi-choice") return format.options.slice(0, 1);
  return Array.from({ length: format.minItems }, (_, i) => `Item ${i + 1} from ${who.name}`);
}

/**
 * Through the tRPC API only (the server owns its database): `a` starts an exercise with an
 * `agreement` step producing `produces`, both partners take every earlier step as the rules
 * require (`a` speaks first in turns), `a` saves a draft there and both agree to that exact
 * wording. The draft is then "agreed by both" (server/exercises/drafts.ts `agreedDraft`), ready to
 * become a boundary or commitment proposal. `a` and `b` must already be linked (`linkPartners`).
 */
export async function agreedDraft(a: Person, b: Person, produces: "boundary" | "commitment"): Promise<{ sessionId: string; stepIndex: number; title: string; details: string }> {
  const { id: sessionId } = await call<{ id: string }>(a, "exercise.start", { slug: SLUG[produces] });
  const { template } = await call<{ template: { steps: ExerciseStep[] } }>(a, "exercise.get", { sessionId }, "query");
  const stepIndex = template.steps.findIndex((step) => step.kind === "agreement" && step.produces === produces);
  if (stepIndex < 0) throw new Error(`${SLUG[produces]} has no agreement step producing a ${produces}`);

  for (const [index, step] of template.steps.slice(0, stepIndex).entries()) {
    const ref = { sessionId, stepIndex: index };
    if (step.kind === "guidance") {
      for (const who of [a, b]) await call(who, "exercise.acknowledge", ref);
    } else if (step.kind === "private-then-reveal") {
      for (const who of [a, b]) await call(who, "exercise.submitAnswer", { ...ref, answer: answerFor(step, who) });
      for (const who of [a, b]) await call(who, "exercise.acknowledge", ref);
    } else if (step.kind === "turns") {
      // The floor passes after each confirmed turn: a, b, a, …
      for (let turn = 0; turn < step.turns; turn++) {
        const [speaker, listener] = turn % 2 === 0 ? [a, b] : [b, a];
        await call(speaker, "exercise.takeTurn", { ...ref, action: "speak", body: `What ${speaker.name} shares.` });
        await call(listener, "exercise.takeTurn", { ...ref, action: "paraphrase", body: `What I heard from ${speaker.name}.` });
        await call(speaker, "exercise.takeTurn", { ...ref, action: "confirm" });
      }
    } else if (step.kind === "reflection") {
      for (const who of [a, b]) await call(who, "exercise.saveReflection", { ...ref, note: null });
    } else {
      throw new Error(`step ${index} of ${SLUG[produces]} is an agreement before the one wanted`);
    }
  }

  const words =
    produces === "boundary"
      ? { title: "Ask before sharing our story", details: "We ask each other before telling anyone about this." }
      : { title: "A walk together on Sunday", details: "We take a thirty-minute walk together on Sunday afternoon." };
  const ref = { sessionId, stepIndex };
  await call(a, "exercise.saveDraft", { ...ref, ...words });
  for (const who of [a, b]) await call(who, "exercise.agreeToDraft", { ...ref, ...words });
  return { ...ref, ...words };
}
