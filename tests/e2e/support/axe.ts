import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * WCAG 2.1 A and AA rules on the page as it is now; fails with the rule ids and targets. Next
 * streams a page's <title> and re-renders it when the page refreshes (a realtime event can do that
 * at any moment), so the check first gives the title a moment to arrive; a page without one still
 * fails on axe's document-title rule.
 */
export async function expectAccessible(page: Page) {
  await page.waitForFunction(() => document.title !== "", null, { timeout: 5_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
