import { expect, test, type Browser, type BrowserContext } from "@playwright/test";

/**
 * First-load JavaScript per route, as a phone sees it: each route is opened in a fresh browser
 * context (empty cache) against `next start`, and the compressed size of every script response is
 * summed. Next 16's build output no longer prints sizes, so this is the measurement. Budget: 180 kB
 * gzip per route. The table is printed on every run.
 */
const BUDGET_BYTES = 180 * 1024;

const PUBLIC_ROUTES = ["/", "/sign-in", "/sign-up", "/sign-up/therapist", "/help"];
const PARTNER_ROUTES = ["/couple", "/exercises", "/boundaries", "/commitments", "/timeline", "/print", "/private", "/safety-check", "/therapist-access", "/settings"];

async function firstLoadScriptBytes(browser: Browser, route: string, storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>) {
  const context = await browser.newContext(storageState ? { storageState } : {});
  const page = await context.newPage();
  const scripts: Array<Promise<number>> = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
  });
  const response = await page.goto(route, { waitUntil: "networkidle" });
  expect(response?.status(), route).toBeLessThan(400);
  const bytes = (await Promise.all(scripts)).reduce((sum, n) => sum + n, 0);
  await context.close();
  return bytes;
}

test("first-load JavaScript per route stays within 180 kB gzip", async ({ browser }) => {
  test.setTimeout(180_000);
  // A signed-in partner of the demo couple (seeded into the fresh embedded e2e database).
  const signIn = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.250" } });
  const page = await signIn.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("alex@demo.twofold.local");
  await page.getByLabel("Password").fill("demo-alex-2024!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toBeVisible();
  const partner = await signIn.storageState();
  await signIn.close();

  const rows: Array<{ route: string; kB: number }> = [];
  for (const route of PUBLIC_ROUTES) rows.push({ route, kB: (await firstLoadScriptBytes(browser, route)) / 1024 });
  for (const route of PARTNER_ROUTES) rows.push({ route, kB: (await firstLoadScriptBytes(browser, route, partner)) / 1024 });

  console.log(`\nFirst-load JavaScript (gzip, kB; budget ${BUDGET_BYTES / 1024}):\n${rows.map((r) => `  ${r.route.padEnd(20)} ${r.kB.toFixed(1).padStart(7)}`).join("\n")}\n`);
  for (const row of rows) expect(row.kB * 1024, `${row.route} first-load JS`).toBeLessThanOrEqual(BUDGET_BYTES);
  // A measurement that saw nothing would pass any budget: every route loads some script.
  for (const row of rows) expect(row.kB, `${row.route} loaded no script at all`).toBeGreaterThan(10);
});
