import { describe, expect, it } from "vitest";
import { needsSupport, normalise } from "@/server/safety/risk-language";
import { riskCorpus } from "../fixtures/risk-corpus";

describe("the supportive check on a writer's own words", () => {
  it("finds explicit and indirect risk language (recall ≥ 0.9) and rarely hyperbole or ordinary words (≤ 10 %)", () => {
    expect(riskCorpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(riskCorpus.map((c) => c.text)).size).toBe(riskCorpus.length);
    const rows = { explicit: [0, 0], indirect: [0, 0], hyperbole: [0, 0], harmless: [0, 0] } as Record<string, [number, number]>;
    const misses: string[] = [];
    for (const { text, label } of riskCorpus) {
      const flagged = needsSupport(text);
      rows[label]![flagged ? 0 : 1] += 1;
      const wanted = label === "explicit" || label === "indirect";
      if (flagged !== wanted) misses.push(`${wanted ? "missed" : "false positive"} (${label}): ${text}`);
    }
    const atRisk = rows.explicit![0] + rows.indirect![0];
    const atRiskTotal = atRisk + rows.explicit![1] + rows.indirect![1];
    const falsePositives = rows.hyperbole![0] + rows.harmless![0];
    const restTotal = falsePositives + rows.hyperbole![1] + rows.harmless![1];
    const recall = atRisk / atRiskTotal;
    const falsePositiveRate = falsePositives / restTotal;
    console.log(
      [
        "Supportive check — confusion matrix (rows: label; columns: panel shown / not shown)",
        ...Object.entries(rows).map(([label, [shown, notShown]]) => `  ${label.padEnd(10)} ${String(shown).padStart(4)} ${String(notShown).padStart(4)}`),
        `  recall on explicit + indirect: ${recall.toFixed(3)}   false positives on hyperbole + harmless: ${(falsePositiveRate * 100).toFixed(1)} %`,
        ...misses.map((m) => `  ${m}`),
      ].join("\n"),
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it("reads through curly apostrophes, capitals and odd spacing", () => {
    expect(normalise("I DON’T   want to live")).toBe("i don't want to live");
    expect(needsSupport("I DON’T   want to live anymore")).toBe(true);
    expect(needsSupport("")).toBe(false);
    expect(needsSupport("this traffic is killing me")).toBe(false);
  });
});
