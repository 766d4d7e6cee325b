import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { createInvite, fillSignUp, newPerson, signUp } from "./support/people";

test("two partners link through an invite link, see each other, and either can leave alone", async ({ browser }) => {
  const alex = await newPerson(browser, "Alex");
  const sam = await newPerson(browser, "Sam");

  await signUp(alex);
  await expectAccessible(alex.page);
  const { link } = await createInvite(alex);

  // Sam opens the link signed out, creates an account from it and comes back to accept.
  await sam.page.goto(link);
  await expect(sam.page.getByText("Alex invited you to share a space on Twofold")).toBeVisible();
  await expectAccessible(sam.page);
  await sam.page.getByRole("link", { name: "Create an account to accept" }).click();
  await fillSignUp(sam);
  await expect(sam.page).toHaveURL(/\/invite\//);
  await sam.page.getByRole("button", { name: "Link with Alex" }).click();

  await expect(sam.page).toHaveURL(/\/couple$/);
  await expect(sam.page.getByTestId("partner-summary")).toContainText("You and Alex have shared this space since");
  await expectAccessible(sam.page);

  await alex.page.reload();
  await expect(alex.page).toHaveURL(/\/couple$/);
  await expect(alex.page.getByTestId("partner-summary")).toContainText("You and Sam have shared this space since");

  // Sam leaves, alone, from Settings.
  await sam.page.getByRole("link", { name: "Settings" }).click();
  await expect(sam.page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expectAccessible(sam.page);
  await sam.page.getByRole("button", { name: "Leave shared space" }).click();
  await expect(sam.page.getByRole("alertdialog")).toBeVisible();
  await expectAccessible(sam.page);
  await sam.page.getByRole("button", { name: "Yes, leave" }).click();
  await expect(sam.page).toHaveURL(/\/home$/);
  await expect(sam.page.getByText("Your shared space has closed")).toHaveCount(0);

  // Alex sees a neutral notice and can no longer reach the old couple's page.
  await alex.page.reload();
  await expect(alex.page).toHaveURL(/\/home$/);
  await expect(alex.page.getByRole("heading", { name: "Your shared space has closed" })).toBeVisible();
  await expect(alex.page.getByText("Sam")).toHaveCount(0);
  await expectAccessible(alex.page);
  await alex.page.goto("/couple");
  await expect(alex.page).toHaveURL(/\/home$/);

  // Alex can start again.
  await alex.page.getByRole("button", { name: "Okay" }).click();
  await expect(alex.page.getByRole("heading", { name: "Your shared space has closed" })).toHaveCount(0);
  await createInvite(alex);
});

test("linking by the short code; wrong codes get a message next to the field", async ({ browser }) => {
  const kim = await newPerson(browser, "Kim");
  const lee = await newPerson(browser, "Lee");
  await signUp(kim);
  const { code } = await createInvite(kim);
  await signUp(lee);

  const codeField = lee.page.getByLabel("Invite code");
  await codeField.fill("abc");
  await lee.page.getByRole("button", { name: "Link with my partner" }).click();
  await expect(lee.page.getByText("Invite codes have 8 characters, like ABCD-2345")).toBeVisible();
  await expect(codeField).toHaveAttribute("aria-invalid", "true");

  await codeField.fill("2345-6789");
  await lee.page.getByRole("button", { name: "Link with my partner" }).click();
  await expect(lee.page.getByText("We couldn't find an invite with this code")).toBeVisible();
  await expectAccessible(lee.page);

  await codeField.fill(code.toLowerCase());
  await lee.page.getByRole("button", { name: "Link with my partner" }).click();
  await expect(lee.page).toHaveURL(/\/couple$/);
  await expect(lee.page.getByTestId("partner-summary")).toContainText("You and Kim");
});

test("an invite cannot be used twice, and your own invite cannot be accepted", async ({ browser }) => {
  const ana = await newPerson(browser, "Ana");
  const ben = await newPerson(browser, "Ben");
  const cy = await newPerson(browser, "Cy");
  await signUp(ana);
  const { link } = await createInvite(ana);

  await ana.page.goto(link);
  await ana.page.getByRole("button", { name: "Link with Ana" }).click();
  await expect(ana.page.getByRole("alert").filter({ hasText: "This is your own invite" })).toBeVisible();

  await signUp(ben);
  await ben.page.goto(link);
  await ben.page.getByRole("button", { name: "Link with Ana" }).click();
  await expect(ben.page).toHaveURL(/\/couple$/);

  await signUp(cy);
  await cy.page.goto(link);
  await expect(cy.page.getByText("This invite has already been used")).toBeVisible();
  await expectAccessible(cy.page);
});
