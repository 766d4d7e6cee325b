import { expect, test } from "@playwright/test";
import { FIRST_LOAD_BUDGET_KB, PARTNER_ROUTES, PUBLIC_ROUTES, demoPartnerSession, formatFirstLoad, measureFirstLoad, type FirstLoad } from "./support/first-load";

/**
 * Signed-in routes not yet within the budget, each held at a ceiling just above its figure on
 * 2026-12-01 so it can only shrink. Every signed-in page starts at about 176 kB (React DOM, the Next
 * runtime, tRPC with React Query and superjson, pusher-js); what keeps these over and what would
 * bring them under is in docs/benchmarks.md. Remove an entry once its route fits (this test says so).
 */
const OVER_BUDGET_KB: Record<string, number> = {
  "/couple": 183,
  "/exercises": 182,
  "/timeline": 182,
  "/private": 187,
  "/therapist-access": 185,
  "/boundaries": 199,
  "/commitments": 203,
};

/**
 * First-load JavaScript per route within 180 kB gzip (also `npm run bench:bundle`, whose table goes
 * in docs/benchmarks.md). Each route in a fresh browser context against `next start`.
 */
test("first-load JavaScript per route stays within 180 kB gzip", async ({ browser }) => {
  test.setTimeout(180_000);
  const partner = await demoPartnerSession(browser);

  const rows: FirstLoad[] = [];
  for (const route of PUBLIC_ROUTES) rows.push(await measureFirstLoad(browser, route));
  for (const route of PARTNER_ROUTES) rows.push(await measureFirstLoad(browser, route, partner));

  console.log(formatFirstLoad(rows, OVER_BUDGET_KB));
  for (const row of rows) {
    const ceiling = OVER_BUDGET_KB[row.route];
    if (ceiling === undefined) {
      expect(row.kB, `${row.route} first-load JS (kB gzip)`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
    } else {
      expect(row.kB, `${row.route} first-load JS (kB gzip), over budget and held at its ceiling`).toBeLessThanOrEqual(ceiling);
      expect(row.kB, `${row.route} is within the budget now: remove it from OVER_BUDGET_KB`).toBeGreaterThan(FIRST_LOAD_BUDGET_KB);
    }
    // A measurement that saw nothing would pass any budget: every route loads some script.
    expect(row.kB, `${row.route} loaded no script at all`).toBeGreaterThan(10);
  }
});
