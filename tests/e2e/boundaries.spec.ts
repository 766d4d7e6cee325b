import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { linkPartners, newPerson } from "./support/people";

test("propose → counter-propose → agree, each step appearing on the other's screen live", async ({ browser }) => {
  const eve = await newPerson(browser, "Eve");
  const finn = await newPerson(browser, "Finn");
  await linkPartners(eve, finn);
  await eve.page.goto("/boundaries");
  await finn.page.goto("/boundaries");
  await expectAccessible(eve.page);

  await eve.page.getByText("Propose a boundary", { exact: true }).click();
  await eve.page.getByLabel("Title").fill("Phones at dinner");
  await eve.page.getByLabel("What it means").fill("We keep phones away at dinner.");
  await eve.page.getByLabel("Category").selectOption("privacy-and-devices");
  await eve.page.getByRole("button", { name: "Propose", exact: true }).click();

  // Finn's open list shows it without a reload, waiting for his answer.
  const item = finn.page.getByRole("listitem").filter({ hasText: "Phones at dinner" });
  await expect(item).toContainText("Waiting for your answer");
  await item.getByRole("link", { name: "Phones at dinner" }).click();
  await expectAccessible(finn.page);
  await finn.page.getByRole("button", { name: "Propose a change" }).click();
  await finn.page.getByLabel("What it means").fill("We keep phones away at dinner on weekdays.");
  await finn.page.getByRole("button", { name: "Propose this change" }).click();
  await expect(finn.page.getByText("Waiting for Eve to answer.")).toBeVisible();

  // Eve opens it: version 2 with the word-level change, and agrees.
  await eve.page.getByRole("link", { name: "Phones at dinner" }).click();
  await expect(eve.page.getByRole("heading", { name: "Version 2 (being discussed)" })).toBeVisible();
  await expect(eve.page.getByLabel("Changes in version 2").locator("ins")).toContainText("on weekdays");
  await expectAccessible(eve.page);
  await eve.page.getByRole("button", { name: "I agree to this version" }).click();

  for (const page of [eve.page, finn.page]) await expect(page.getByTestId("boundary-status")).toHaveText("Agreed by you both (version 2)");
});
