import { expect, test, type Page } from "@playwright/test";
import { NEUTRAL_URL } from "@/components/safety/quick-exit";
import { expectAccessible } from "./support/axe";
import { linkPartners, newPerson, signUp } from "./support/people";

/** No internet here: the neutral site is answered locally, so the test sees where the browser went. */
async function stubNeutralSite(page: Page) {
  await page.context().route(`${NEUTRAL_URL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }));
}

test("Exit is first in the tab order, leaves for a neutral site and leaves no way Back", async ({ browser }) => {
  const kim = await newPerson(browser, "Kim");
  await stubNeutralSite(kim.page);
  await signUp(kim);
  // Moving around by the app's own links and buttons, as a person would.
  await kim.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(kim.page).toHaveURL(/\/settings$/);
  await kim.page.getByRole("link", { name: "Get help now" }).click();
  await expect(kim.page).toHaveURL(/\/help$/);
  await kim.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
  await expect(kim.page).toHaveURL(/\/home$/);

  // Fresh from a load (a reload adds no history entry), the first Tab lands on Exit.
  await kim.page.reload();
  await kim.page.keyboard.press("Tab");
  await expect(kim.page.getByTestId("quick-exit")).toBeFocused();
  await expectAccessible(kim.page);
  await kim.page.keyboard.press("Enter");
  await expect(kim.page).toHaveURL(NEUTRAL_URL);
  await kim.page.goBack();
  expect(kim.page.url()).not.toContain("localhost");
});

/**
 * The Escape listener exists once React has hydrated the Exit link; on a busy machine a key pressed
 * before that is lost, so the test waits for it instead of racing it.
 */
async function waitForQuickExit(page: Page) {
  await page.waitForFunction(() => {
    const link = document.querySelector('[data-testid="quick-exit"]');
    return !!link && Object.keys(link).some((key) => key.startsWith("__reactFiber$"));
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

test("pressing Escape three times exits too", async ({ browser }) => {
  const lee = await newPerson(browser, "Lee");
  await stubNeutralSite(lee.page);
  await lee.page.goto("/help");
  await waitForQuickExit(lee.page);
  await lee.page.keyboard.press("Escape");
  await lee.page.keyboard.press("Escape");
  await expect(lee.page).toHaveURL(/\/help$/);
  await lee.page.keyboard.press("Escape");
  await expect(lee.page).toHaveURL(NEUTRAL_URL);
  await lee.page.goBack();
  expect(lee.page.url()).not.toContain("localhost");
});

test("pages and API answers carry the security headers; each page its own CSP nonce", async ({ browser }) => {
  const max = await newPerson(browser, "Max");
  await signUp(max);
  const request = max.page.request;

  const first = await request.get("/help");
  const second = await request.get("/help");
  const policy = first.headers()["content-security-policy"] ?? "";
  for (const part of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "'strict-dynamic'"]) expect(policy).toContain(part);
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(/'nonce-([^']+)'/.exec(second.headers()["content-security-policy"] ?? "")?.[1]).not.toBe(nonce);
  // Next's own scripts carry this response's nonce (and the pages work: every e2e test runs under this policy).
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  for (const response of [first, await request.get("/home"), await request.get("/api/health")]) {
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  }
  expect((await request.get("/home")).headers()["cache-control"]).toContain("no-store");
  expect((await request.get("/api/health")).headers()["cache-control"]).toContain("no-store");
  expect((await request.get("/api/trpc/couple.status")).headers()["cache-control"]).toContain("no-store");
});

test("form-encoded and cross-site mutations are refused and change nothing", async ({ browser }) => {
  const ned = await newPerson(browser, "Ned");
  const ola = await newPerson(browser, "Ola");
  await linkPartners(ned, ola);
  const request = ned.page.request;
  const boundary = { title: "Sent from elsewhere", description: "Should never exist.", category: "other", reviewOn: null };
  const json = JSON.stringify({ json: boundary });

  const refused = [
    await request.post("/api/trpc/boundary.propose", { form: { json } }),
    await request.post("/api/trpc/boundary.propose", { headers: { "content-type": "text/plain" }, data: json }),
    await request.post("/api/trpc/boundary.propose", { headers: { "content-type": "application/json", origin: "https://evil.example" }, data: json }),
    await request.post("/api/trpc/boundary.propose", { headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" }, data: json }),
  ];
  for (const response of refused) expect(response.status()).toBe(403);
  const list = async () => JSON.stringify(await (await request.get("/api/trpc/boundary.list")).json());
  expect(await list()).not.toContain("Sent from elsewhere");

  // A body whose Date paths point anywhere but its own text is bad input: a clear 400, nothing made.
  for (const dates of [[["__proto__", "polluted"]], [["title"], ["missing"]], "title", [["description", "0"]]]) {
    const bad = await request.post("/api/trpc/boundary.propose", { headers: { "content-type": "application/json" }, data: JSON.stringify({ json: { ...boundary, title: "Bad dates" }, dates }) });
    expect(bad.status(), JSON.stringify(dates)).toBe(400);
  }
  expect(await list()).not.toContain("Bad dates");

  // The same call from this site is accepted: the refusals above are about where it came from.
  const accepted = await request.post("/api/trpc/boundary.propose", { headers: { "content-type": "application/json" }, data: JSON.stringify({ json: { ...boundary, title: "Sent from here" } }) });
  expect(accepted.status()).toBe(200);
  expect(await list()).toContain("Sent from here");
});
