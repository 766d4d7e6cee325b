import { expect, test, type Page } from "@playwright/test";
import { linkPartners, newPerson } from "./support/people";

const currentStep = (page: Page) => page.locator('[aria-current="step"]');
// Each payload would set window.__pwned if it ever ran as code.
const SCRIPT = `<script>window.__pwned = "script"</script>`;
const IMG = `<img src=x onerror="window.__pwned = 'img'">`;
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);

test("markup in an exercise answer and a boundary shows as text on the partner's screen and never runs", async ({ browser }) => {
  const ida = await newPerson(browser, "Ida");
  const jon = await newPerson(browser, "Jon");
  await linkPartners(ida, jon);

  // An exercise answer, revealed to both.
  await ida.page.goto("/exercises");
  await ida.page.getByRole("button", { name: "Start Love Maps", exact: true }).click();
  await expect(ida.page).toHaveURL(/\/exercises\/[0-9a-f-]{36}$/);
  await jon.page.goto(ida.page.url());
  for (const page of [ida.page, jon.page]) await currentStep(page).getByRole("button", { name: "I've read this" }).click();
  await currentStep(ida.page).getByRole("textbox").fill(`${SCRIPT} javascript:alert(1)`);
  await currentStep(ida.page).getByRole("button", { name: "Submit my answer" }).click();
  await currentStep(jon.page).getByRole("textbox").fill(IMG);
  await currentStep(jon.page).getByRole("button", { name: "Submit my answer" }).click();
  for (const page of [ida.page, jon.page]) {
    const reveal = currentStep(page).getByTestId("reveal");
    await expect(reveal).toContainText(`${SCRIPT} javascript:alert(1)`);
    await expect(reveal).toContainText(IMG);
    await expect(reveal.locator("script, img")).toHaveCount(0);
  }

  // A boundary title and description, on the list and the detail page.
  await ida.page.goto("/boundaries");
  await ida.page.getByText("Propose a boundary", { exact: true }).click();
  await ida.page.getByLabel("Title").fill(`Title ${IMG}`);
  await ida.page.getByLabel("What it means").fill(`${SCRIPT} [click](javascript:alert(1))`);
  await ida.page.getByLabel("Category").selectOption("other");
  await ida.page.getByRole("button", { name: "Propose", exact: true }).click();
  await jon.page.goto("/boundaries");
  await jon.page.getByRole("link", { name: `Title ${IMG}` }).click();
  await expect(jon.page.getByText(`${SCRIPT} [click](javascript:alert(1))`).first()).toBeVisible();
  await expect(jon.page.locator("main a[href^='javascript:']")).toHaveCount(0);

  await jon.page.reload();
  await ida.page.reload();
  expect(await pwned(ida.page)).toBeNull();
  expect(await pwned(jon.page)).toBeNull();
});
