import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { linkPartners, newPerson } from "./support/people";

test("commitment → check-in → partner confirms, each appearing on the other's screen live", async ({ browser }) => {
  const gil = await newPerson(browser, "Gil");
  const hana = await newPerson(browser, "Hana");
  await linkPartners(gil, hana);
  await gil.page.goto("/commitments");
  await hana.page.goto("/commitments");
  await expectAccessible(gil.page);

  // The form opens from its summary (by keyboard here) and loads then.
  await gil.page.locator("summary", { hasText: "Make a commitment" }).focus();
  await gil.page.keyboard.press("Enter");
  await gil.page.getByLabel("What I commit to").fill("No contact with X");
  await gil.page.getByLabel("Check-in question").fill("No contact with X today?");
  await gil.page.getByRole("button", { name: "Make this commitment" }).click();

  const onHana = hana.page.getByRole("listitem").filter({ hasText: "Gil's commitment" });
  await expect(onHana).toContainText("No contact with X");
  await onHana.getByRole("button", { name: "Thank you" }).click();
  await expectAccessible(hana.page);

  const onGil = gil.page.getByRole("listitem").filter({ hasText: "Your commitment" });
  await onGil.getByLabel("Today's check-in (note optional)").fill("It was easier today.");
  await onGil.getByRole("button", { name: "Kept", exact: true }).click();
  await expect(onGil.getByTestId("progress")).toContainText("Kept 100% of check-in days. Current run: 1.");

  // Hana sees the check-in arrive and confirms; Gil sees the confirmation.
  await expect(onHana).toContainText("It was easier today.");
  await onHana.getByRole("button", { name: "Confirmed" }).click();
  await expect(onGil).toContainText("Hana confirmed.");
  await expectAccessible(gil.page);
});
