import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { linkPartners, newPerson } from "./support/people";

const todayUtc = () => new Date().toISOString().slice(0, 10);

test("timeline updates live and filters; review reminders are per person; the printable page prints clean", async ({ browser }) => {
  const ivo = await newPerson(browser, "Ivo");
  const jun = await newPerson(browser, "Jun");
  await linkPartners(ivo, jun);

  // Ivo proposes a boundary to review today; Jun agrees.
  await ivo.page.goto("/boundaries");
  await ivo.page.getByText("Propose a boundary", { exact: true }).click();
  await ivo.page.getByLabel("Title").fill("Kind words in arguments");
  await ivo.page.getByLabel("What it means").fill("No name-calling, even when upset.");
  await ivo.page.getByLabel("Category").selectOption("communication");
  await ivo.page.getByLabel("Review date (optional)").fill(todayUtc());
  await ivo.page.getByRole("button", { name: "Propose", exact: true }).click();
  await jun.page.goto("/boundaries");
  await jun.page.getByRole("link", { name: "Kind words in arguments" }).first().click();
  await jun.page.getByRole("button", { name: "I agree to this version" }).click();
  await expect(jun.page.getByTestId("boundary-status")).toHaveText("Agreed by you both (version 1)");

  // Jun watches the timeline while Ivo makes a commitment and checks in.
  await jun.page.goto("/timeline");
  const timeline = jun.page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByRole("listitem").first()).toContainText("Version 1 is agreed by you both");
  await expectAccessible(jun.page);

  await ivo.page.goto("/commitments");
  await ivo.page.getByText("Make a commitment", { exact: true }).click();
  await ivo.page.getByLabel("What I commit to").fill("Answer calls from Jun");
  await ivo.page.getByLabel("Check-in question").fill("Did I answer today?");
  await ivo.page.getByRole("button", { name: "Make this commitment" }).click();
  await expect(timeline.getByRole("listitem").first()).toContainText("Ivo made a commitment");
  const mine = ivo.page.getByRole("listitem").filter({ hasText: "Your commitment" });
  await mine.getByRole("button", { name: "Partly", exact: true }).click();
  await expect(timeline.getByRole("listitem").first()).toContainText("Ivo checked in for");
  await expect(timeline.getByRole("listitem").first()).toContainText("partly kept");

  // Filters: check-ins only, then only Jun's own actions.
  await jun.page.getByRole("checkbox", { name: "Boundaries" }).uncheck();
  await jun.page.getByRole("checkbox", { name: "Commitments" }).uncheck();
  await expect(timeline.getByRole("listitem")).toHaveCount(1);
  await jun.page.getByRole("checkbox", { name: "Boundaries" }).check();
  await jun.page.getByRole("radio", { name: "Yours" }).check();
  await expect(timeline.getByRole("listitem")).toHaveCount(1);
  await expect(timeline.getByRole("listitem")).toContainText("Version 1 is agreed by you both (you said yes last)");

  // The weekly chart and calendar on the commitments page, and the change history.
  await expect(ivo.page.getByText("Check-in days per week, both of you together")).toBeVisible();
  await expect(ivo.page.getByRole("table", { name: "Check-in days: Answer calls from Jun" })).toContainText("Partly");
  await mine.getByText("Change the wording or end date").click();
  await mine.getByLabel("What I commit to").fill("Answer or call back Jun");
  await mine.getByLabel("A note for the history (optional)").fill("Sometimes I'm driving.");
  await mine.getByRole("button", { name: "Save the change" }).click();
  await expect(mine.getByRole("heading", { name: "Answer or call back Jun" })).toBeVisible();
  // The form folds away and focus goes back to where it opened, not lost to the page.
  await expect(mine.locator("summary", { hasText: "Change the wording or end date" })).toBeFocused();
  await mine.getByText(/^History/).click();
  await expect(mine.getByRole("list", { name: "History" })).toContainText("Sometimes I'm driving.");
  await expectAccessible(ivo.page);
  await jun.page.getByRole("radio", { name: "Both of you" }).check();
  await jun.page.getByRole("checkbox", { name: "Commitments" }).check();
  await expect(timeline.getByRole("listitem").first()).toContainText("Ivo changed this commitment");

  // The review reminder: each partner has their own; Ivo's "we looked at it" leaves Jun's.
  await ivo.page.goto("/couple");
  await jun.page.goto("/couple");
  for (const page of [ivo.page, jun.page]) await expect(page.getByTestId("review-reminders")).toContainText("Kind words in arguments");
  await ivo.page.getByRole("button", { name: "We looked at it" }).click();
  await expect(ivo.page.getByTestId("review-reminders")).toHaveCount(0);
  await jun.page.reload();
  await expect(jun.page.getByTestId("review-reminders")).toContainText("Kind words in arguments");
  await expectAccessible(jun.page);

  // The printable page: agreed boundary and active commitment; navigation and buttons stay off paper.
  await jun.page.getByRole("link", { name: "Printable summary" }).click();
  await expect(jun.page.getByRole("heading", { name: "Kind words in arguments" })).toBeVisible();
  await expect(jun.page.getByRole("heading", { name: "Answer or call back Jun" })).toBeVisible();
  await expect(jun.page.getByText("Ivo's commitment")).toBeVisible();
  await expectAccessible(jun.page);
  await jun.page.emulateMedia({ media: "print" });
  await expect(jun.page.getByRole("banner")).toBeHidden();
  await expect(jun.page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(jun.page.getByRole("heading", { name: "Kind words in arguments" })).toBeVisible();
  const pdf = await jun.page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});
