import { expect, type Browser, type BrowserContext } from "@playwright/test";

/** The budget: first-load JavaScript per route, gzip, as a phone on a slow connection feels it. */
export const FIRST_LOAD_BUDGET_KB = 180;
/**
 * Not a budget from the issue but a guard: first load plus what the page imports right after it
 * (pusher-js, 17.2 kB, on every signed-in page), before the network is idle. Highest on 2026-12-02:
 * 184.3 (/commitments); lower it as pages shrink.
 */
export const LOADED_BY_IDLE_CEILING_KB = 186;

export const PUBLIC_ROUTES = ["/", "/sign-in", "/sign-up", "/sign-up/therapist", "/help"];
export const PARTNER_ROUTES = ["/couple", "/exercises", "/boundaries", "/commitments", "/timeline", "/print", "/private", "/safety-check", "/therapist-access", "/settings"];

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

export interface FirstLoad {
  route: string;
  /** First-load JavaScript: the scripts the route's HTML asks for (the budget). */
  kB: number;
  /** Scripts the page's own code imported after that, until the network was idle (pusher-js, say). */
  laterKB: number;
  /** Every script the route loaded: path, compressed size in kB and whether it came later, largest first. */
  scripts: Array<{ path: string; kB: number; later: boolean }>;
}

/**
 * First-load JavaScript of one route, as a phone sees it: the route opened in a fresh browser
 * context (empty cache), every script response's compressed size recorded until the network is
 * idle. The budget counts what Next's build output used to print as "First Load JS" (Next 16's no
 * longer prints sizes, so this is the measurement): the scripts the route's HTML names, which the
 * page needs before it works. Chunks its code imports afterwards (pusher-js once the realtime
 * provider mounts, a chart when it scrolls near, a form when it is opened) are measured too and
 * reported beside it, not counted.
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
  if (storageState) {
    // A signed-in page imports pusher-js once it has hydrated, which on a busy machine can come
    // after the first quiet moment on the network: "live" means pusher-js has arrived and run.
    await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "live");
  }
  const html = (await response?.text()) ?? "";
  const loaded = await Promise.all(scripts);
  await context.close();
  const listed = loaded.map((s) => ({ path: s.path, kB: s.bytes / 1024, later: !html.includes(s.path) })).sort((a, b) => b.kB - a.kB);
  const sum = (later: boolean) => listed.filter((s) => s.later === later).reduce((total, s) => total + s.kB, 0);
  return { route, kB: sum(false), laterKB: sum(true), scripts: listed };
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

/** The table printed on every run; BUNDLE_DETAIL=1 also lists each route's scripts. */
export function formatFirstLoad(rows: FirstLoad[]): string {
  const lines = rows.map((row) => {
    const over = row.kB > FIRST_LOAD_BUDGET_KB ? "  over budget" : "";
    const line = `  ${row.route.padEnd(20)} ${row.kB.toFixed(1).padStart(10)} ${row.laterKB.toFixed(1).padStart(7)} ${(row.kB + row.laterKB).toFixed(1).padStart(7)}${over}`;
    if (!process.env.BUNDLE_DETAIL) return line;
    return [line, ...row.scripts.map((s) => `      ${s.kB.toFixed(1).padStart(6)}  ${s.path}${s.later ? "  (later)" : ""}`)].join("\n");
  });
  return `\nJavaScript per route (gzip, kB; first-load budget ${FIRST_LOAD_BUDGET_KB}):\n  ${"route".padEnd(20)} ${"first load".padStart(10)} ${"later".padStart(7)} ${"total".padStart(7)}\n${lines.join("\n")}\n`;
}
