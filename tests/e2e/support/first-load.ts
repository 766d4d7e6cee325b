import { expect, type Browser, type BrowserContext } from "@playwright/test";

/** The budget: first-load JavaScript per route, gzip, as a phone on a slow connection feels it. */
export const FIRST_LOAD_BUDGET_KB = 180;

export const PUBLIC_ROUTES = ["/", "/sign-in", "/sign-up", "/sign-up/therapist", "/help"];
export const PARTNER_ROUTES = ["/couple", "/exercises", "/boundaries", "/commitments", "/timeline", "/print", "/private", "/safety-check", "/therapist-access", "/settings"];

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

export interface FirstLoad {
  route: string;
  kB: number;
  /** Every script the route loaded: path and compressed size in kB, largest first. */
  scripts: Array<{ path: string; kB: number }>;
}

/**
 * First-load JavaScript of one route, as a phone sees it: the route opened in a fresh browser
 * context (empty cache), and the compressed size of every script response summed until the network
 * is idle — lazy chunks that load before then count too. Next 16's build output no longer prints
 * sizes, so this is the measurement.
 */
export async function measureFirstLoad(browser: Browser, route: string, storageState?: StorageState): Promise<FirstLoad> {
  const context = await browser.newContext(storageState ? { storageState } : {});
  const page = await context.newPage();
  const scripts: Array<Promise<{ path: string; bytes: number }>> = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    scripts.push(request.sizes().then((sizes) => ({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize })));
  });
  const response = await page.goto(route, { waitUntil: "networkidle" });
  expect(response?.status(), route).toBeLessThan(400);
  const loaded = await Promise.all(scripts);
  await context.close();
  return {
    route,
    kB: loaded.reduce((sum, s) => sum + s.bytes, 0) / 1024,
    scripts: loaded.map((s) => ({ path: s.path, kB: s.bytes / 1024 })).sort((a, b) => b.kB - a.kB),
  };
}

/** Signs in as a partner of the demo couple (seeded into the fresh embedded database) and returns the session. */
export async function demoPartnerSession(browser: Browser): Promise<StorageState> {
  // A client address no other spec uses, for the per-client sign-in limit.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.180" } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("alex@demo.twofold.local");
  await page.getByLabel("Password").fill("demo-alex-2024!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toBeVisible();
  const state = await context.storageState();
  await context.close();
  return state;
}

/** The table printed on every run (routes with a ceiling marked); BUNDLE_DETAIL=1 also lists each route's scripts. */
export function formatFirstLoad(rows: FirstLoad[], ceilings: Record<string, number> = {}): string {
  const lines = rows.map((row) => {
    const over = row.kB > FIRST_LOAD_BUDGET_KB ? `  over budget${ceilings[row.route] ? ` (ceiling ${ceilings[row.route]})` : ""}` : "";
    const line = `  ${row.route.padEnd(20)} ${row.kB.toFixed(1).padStart(7)}${over}`;
    if (!process.env.BUNDLE_DETAIL) return line;
    return [line, ...row.scripts.map((s) => `      ${s.kB.toFixed(1).padStart(6)}  ${s.path}`)].join("\n");
  });
  return `\nFirst-load JavaScript (gzip, kB; budget ${FIRST_LOAD_BUDGET_KB}):\n${lines.join("\n")}\n`;
}
