import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expectAccessible } from "./support/axe";
import { createInvite, linkPartners, newPerson, signUp } from "./support/people";

const indicator = (page: Page) => page.getByTestId("connection-state");

test("what one partner does appears on the other's open page without a reload", async ({ browser }) => {
  const ada = await newPerson(browser, "Ada");
  const bo = await newPerson(browser, "Bo");
  await signUp(ada);
  await expect(indicator(ada.page)).toHaveText("Live");
  await expectAccessible(ada.page);
  const { code } = await createInvite(ada);

  // Bo accepts on their phone; Ada's waiting page moves to the shared space by itself.
  await signUp(bo);
  await bo.page.getByLabel("Invite code").fill(code);
  await bo.page.getByRole("button", { name: "Link with my partner" }).click();
  await expect(ada.page).toHaveURL(/\/couple$/);
  await expect(ada.page.getByTestId("partner-summary")).toContainText("You and Bo");

  // Bo leaves; Ada's open page shows the neutral notice without a reload.
  await expect(indicator(bo.page)).toHaveText("Live");
  await bo.page.goto("/settings");
  await bo.page.getByRole("button", { name: "Leave shared space" }).click();
  await bo.page.getByRole("button", { name: "Yes, leave" }).click();
  await expect(ada.page).toHaveURL(/\/home$/);
  await expect(ada.page.getByRole("heading", { name: "Your shared space has closed" })).toBeVisible();
});

test("a couple linked before the page started listening is still heard live", async ({ browser }) => {
  const cy = await newPerson(browser, "Cy");
  const di = await newPerson(browser, "Di");
  await signUp(cy);
  const { code } = await createInvite(cy);

  // Di's phone is slow to start listening: its channels are authorized only after Di has linked, so
  // the "you're linked" event is sent before anyone hears it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await di.page.context().route("**/api/realtime/auth", async (route) => {
    await held;
    await route.continue();
  });
  await signUp(di);
  await di.page.getByLabel("Invite code").fill(code);
  await di.page.getByRole("button", { name: "Link with my partner" }).click();
  await expect(di.page).toHaveURL(/\/couple$/);

  // Once listening, Di's page notices the couple it was rendered without and joins its channel…
  const coupleChannelAuthorized = di.page.waitForResponse((r) => r.url().includes("/api/realtime/auth") && (r.request().postData() ?? "").includes("private-couple-") && r.ok());
  release();
  await coupleChannelAuthorized;
  await expect(indicator(di.page)).toHaveText("Live");

  // …so when Cy leaves, Di's open page shows it without a reload.
  await cy.page.goto("/settings");
  await cy.page.getByRole("button", { name: "Leave shared space" }).click();
  await cy.page.getByRole("button", { name: "Yes, leave" }).click();
  await expect(di.page).toHaveURL(/\/home$/);
  await expect(di.page.getByRole("heading", { name: "Your shared space has closed" })).toBeVisible();
});

test("with the realtime server stopped, the page says so and still catches up on focus; then it reconnects", async ({ browser }) => {
  const cal = await newPerson(browser, "Cal");
  const dee = await newPerson(browser, "Dee");
  await linkPartners(cal, dee);
  await cal.page.goto("/couple");
  await expect(indicator(cal.page)).toHaveText("Live");

  const pid = Number(readFileSync(path.join(".data", "e2e", "realtime.pid"), "utf8"));
  process.kill(pid, "SIGTERM");
  await expect(indicator(cal.page)).not.toHaveText("Live");
  await expect(indicator(cal.page)).toHaveText(/Reconnecting…|Offline – changes show when you refresh/);
  await expectAccessible(cal.page);

  await dee.page.goto("/settings");
  await dee.page.getByRole("button", { name: "Leave shared space" }).click();
  await dee.page.getByRole("button", { name: "Yes, leave" }).click();
  await expect(dee.page).toHaveURL(/\/home$/);

  // Cal comes back to the tab: the page refetches through tRPC and shows the change.
  await cal.page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(cal.page).toHaveURL(/\/home$/);
  await expect(cal.page.getByRole("heading", { name: "Your shared space has closed" })).toBeVisible();

  // The supervisor restarts the realtime server; the page reconnects on its own.
  await expect(indicator(cal.page)).toHaveText("Live", { timeout: 60_000 });
});
