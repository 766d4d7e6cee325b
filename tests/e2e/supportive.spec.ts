import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { linkPartners, newPerson } from "./support/people";

test("heavy words in a check-in note: a calm panel for the writer alone, the note held until they share it", async ({ browser }) => {
  const rae = await newPerson(browser, "Rae");
  const sol = await newPerson(browser, "Sol");
  await linkPartners(rae, sol);
  await rae.page.goto("/commitments");
  await sol.page.goto("/commitments");
  await rae.page.getByText("Make a commitment", { exact: true }).click();
  await rae.page.getByLabel("What I commit to").fill("Tell the truth");
  await rae.page.getByLabel("Check-in question").fill("Was I honest today?");
  await rae.page.getByRole("button", { name: "Make this commitment" }).click();

  const mine = rae.page.getByRole("listitem").filter({ hasText: "Your commitment" });
  await mine.getByLabel("Today's check-in (note optional)").fill("I can't go on like this, everyone would be better off without me.");
  await mine.getByRole("button", { name: "Partly", exact: true }).click();
  const panel = rae.page.getByTestId("supportive-panel");
  await expect(panel.getByRole("heading", { name: "You're not alone" })).toBeFocused();
  await expect(panel.getByRole("link", { name: "Call 988" })).toBeVisible();
  await expectAccessible(rae.page);

  // Sol sees the check-in arrive, without the note and without any sign of the panel.
  const onSol = sol.page.getByRole("listitem").filter({ hasText: "Rae's commitment" });
  await expect(onSol.getByRole("list", { name: "Check-ins" })).toContainText("Partly");
  await expect(onSol).not.toContainText("better off without me");
  await expect(sol.page.getByTestId("supportive-panel")).toHaveCount(0);

  await panel.getByRole("button", { name: "Share it" }).click();
  await expect(panel).toHaveCount(0);
  await expect(onSol).toContainText("better off without me");
});
