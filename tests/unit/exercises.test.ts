import { describe, expect, it } from "vitest";
import { exerciseTemplates } from "@/server/exercises/library";
import { BREAK_PRESETS_MINUTES, answerSchemaFor, turnState, type TurnMessage } from "@/server/exercises/rules";
import { templateSchema } from "@/server/exercises/template-schema";
import { templateSources } from "@/server/exercises/templates";

describe("shipped exercise templates", () => {
  it("ships the eight required exercises, each valid against the schema", () => {
    expect(templateSources.map((t) => t.slug).sort()).toEqual(
      [
        "aftermath-of-a-fight",
        "atone-attune-attach",
        "hold-me-tight-forgiving-injuries",
        "imago-dialogue",
        "love-maps",
        "speaker-listener",
        "state-of-the-union",
        "stress-reducing-conversation",
      ].sort(),
    );
    for (const source of templateSources) {
      const parsed = templateSchema.safeParse(source);
      expect(parsed.success, `${source.slug}: ${parsed.success ? "" : parsed.error.message}`).toBe(true);
    }
    expect(exerciseTemplates).toHaveLength(templateSources.length);
  });

  it("every template cites its source and uses only the four categories", () => {
    for (const template of exerciseTemplates) {
      expect(template.source.citation.length, template.slug).toBeGreaterThan(10);
      expect(["connection", "communication", "conflict-repair", "trust-rebuilding"]).toContain(template.category);
    }
  });

  it("between them they use every step kind", () => {
    const kinds = new Set(exerciseTemplates.flatMap((t) => t.steps.map((s) => s.kind)));
    expect([...kinds].sort()).toEqual(["agreement", "guidance", "private-then-reveal", "reflection", "turns"]);
  });

  it("the schema refuses a broken template", () => {
    const base = templateSources[0]!;
    expect(templateSchema.safeParse({ ...base, steps: [] }).success).toBe(false);
    expect(templateSchema.safeParse({ ...base, category: "blame" }).success).toBe(false);
    expect(templateSchema.safeParse({ ...base, steps: [base.steps[0], base.steps[0]] }).success).toBe(false);
    expect(templateSchema.safeParse({ ...base, extra: true }).success).toBe(false);
    const step = (answer: unknown) => ({ ...base, steps: [{ kind: "private-then-reveal", id: "q", title: "Q", prompt: "Q?", answer }] });
    expect(templateSchema.safeParse(step({ type: "list", minItems: 4, maxItems: 2 })).success).toBe(false);
    expect(templateSchema.safeParse(step({ type: "single-choice", options: ["Same", "Same"] })).success).toBe(false);
    expect(templateSchema.safeParse(step({ type: "list", minItems: 2, maxItems: 4 })).success).toBe(true);
  });
});

describe("answer formats", () => {
  it("checks each format", () => {
    expect(answerSchemaFor({ type: "text" }).safeParse("hello").success).toBe(true);
    expect(answerSchemaFor({ type: "text" }).safeParse("").success).toBe(false);
    expect(answerSchemaFor({ type: "scale", minLabel: "a", maxLabel: "b" }).safeParse(10).success).toBe(true);
    expect(answerSchemaFor({ type: "scale", minLabel: "a", maxLabel: "b" }).safeParse(0).success).toBe(false);
    const single = answerSchemaFor({ type: "single-choice", options: ["Yes", "No"] });
    expect(single.safeParse("Yes").success).toBe(true);
    expect(single.safeParse("Maybe").success).toBe(false);
    const multi = answerSchemaFor({ type: "multi-choice", options: ["A", "B", "C"], maxSelections: 2 });
    expect(multi.safeParse(["A", "B"]).success).toBe(true);
    expect(multi.safeParse(["A", "B", "C"]).success).toBe(false);
    expect(multi.safeParse(["A", "A"]).success).toBe(false);
    const list = answerSchemaFor({ type: "list", minItems: 2, maxItems: 3 });
    expect(list.safeParse(["one", "two"]).success).toBe(true);
    expect(list.safeParse(["one"]).success).toBe(false);
    expect(list.safeParse(["one", " "]).success).toBe(false);
  });
});

describe("speaker–listener turns", () => {
  const A = "a";
  const B = "b";
  const m = (authorId: string, kind: TurnMessage["kind"]): TurnMessage => ({ authorId, kind });

  it("starts with the first speaker, then listener paraphrases, then speaker confirms or corrects", () => {
    expect(turnState([], 2, A, B).next).toEqual({ userId: A, actions: ["speak"] });
    expect(turnState([m(A, "speak")], 2, A, B).next).toEqual({ userId: B, actions: ["paraphrase"] });
    expect(turnState([m(A, "speak"), m(B, "paraphrase")], 2, A, B).next).toEqual({ userId: A, actions: ["confirm", "correct"] });
    expect(turnState([m(A, "speak"), m(B, "paraphrase"), m(A, "correct")], 2, A, B).next).toEqual({ userId: B, actions: ["paraphrase"] });
  });

  it("passes the floor only on a confirmation, swaps roles, and ends after the set number of turns", () => {
    const firstTurn = [m(A, "speak"), m(B, "paraphrase"), m(A, "confirm")];
    expect(turnState(firstTurn, 2, A, B)).toMatchObject({ turn: 2, completedTurns: 1, speakerId: B, next: { userId: B, actions: ["speak"] } });
    const both = [...firstTurn, m(B, "speak"), m(A, "paraphrase"), m(B, "confirm")];
    expect(turnState(both, 2, A, B)).toMatchObject({ completedTurns: 2, next: null });
  });
});

describe("time-out presets", () => {
  it("are all between 20 minutes and 24 hours", () => {
    expect(Math.min(...BREAK_PRESETS_MINUTES)).toBe(20);
    expect(Math.max(...BREAK_PRESETS_MINUTES)).toBe(24 * 60);
  });
});
