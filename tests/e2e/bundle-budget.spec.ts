import { expect, test } from "@playwright/test";
import { FIRST_LOAD_BUDGET_KB, LOADED_BY_IDLE_CEILING_KB, PARTNER_ROUTES, PUBLIC_ROUTES, demoPartnerSession, formatFirstLoad, measureFirstLoad, type FirstLoad } from "./support/first-load";

/**
 * First-load JavaScript per route within 180 kB gzip (also `npm run bench:bundle`, whose table goes
 * in docs/benchmarks.md). Each route in a fresh browser context against `next start`. What the page
 * imports afterwards (pusher-js, a chart, a form once opened) is printed beside it and held under a
 * ceiling of its own, so a lazy import that starts loading with every page is caught too.
 */
test("first-load JavaScript per route stays within 180 kB gzip", async ({ browser }) => {
  test.setTimeout(180_000);
  const partner = await demoPartnerSession(browser);

  const rows: FirstLoad[] = [];
  for (const route of PUBLIC_ROUTES) rows.push(await measureFirstLoad(browser, route));
  for (const route of PARTNER_ROUTES) rows.push(await measureFirstLoad(browser, route, partner));

  console.log(formatFirstLoad(rows));
  for (const row of rows) {
    expect(row.kB, `${row.route} first-load JS (kB gzip)`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
    expect(row.kB + row.laterKB, `${row.route} JS loaded by the time the network is idle (kB gzip)`).toBeLessThanOrEqual(LOADED_BY_IDLE_CEILING_KB);
    // A measurement that saw nothing would pass any budget: every route loads some script.
    expect(row.kB, `${row.route} loaded no script at all`).toBeGreaterThan(10);
  }
  // Signed-in pages listen live: pusher-js must have loaded (after the page), or "later" measures nothing.
  for (const row of rows.filter((r) => PARTNER_ROUTES.includes(r.route))) expect(row.laterKB, `${row.route} loaded nothing after the page`).toBeGreaterThan(10);
});
