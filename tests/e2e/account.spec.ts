import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { newPerson, signIn, signUp } from "./support/people";

test("sign-up errors appear next to the field; a duplicate email is refused", async ({ browser }) => {
  const jo = await newPerson(browser, "Jo");
  await signUp(jo);
  const other = await newPerson(browser, "Other");
  const { page } = other;
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Please enter your name")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Your name").fill("Other");
  await page.getByLabel("Email").fill(jo.email.toUpperCase());
  await page.getByLabel("Password").fill("a different long passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("sign-in gives one answer for a wrong password and an unknown email; sign out works", async ({ browser }) => {
  const max = await newPerson(browser, "Max");
  await signUp(max);
  await max.page.getByRole("button", { name: "Sign out" }).click();
  await expect(max.page).toHaveURL(/\/$/);

  await signIn({ ...max, password: "not the passphrase" });
  await expect(max.page.getByRole("alert").filter({ hasText: "That email and password don't match an account. Please try again." })).toBeVisible();
  await expectAccessible(max.page);
  await signIn({ ...max, email: "nobody-here@example.test" });
  await expect(max.page.getByRole("alert").filter({ hasText: "That email and password don't match an account. Please try again." })).toBeVisible();

  await signIn(max);
  await expect(max.page).toHaveURL(/\/home$/);
});

test("sign out of every device ends the session on another device too", async ({ browser }) => {
  const rae = await newPerson(browser, "Rae");
  await signUp(rae);
  const laptop = await (await browser.newContext()).newPage();
  await signIn(rae, laptop);
  await expect(laptop).toHaveURL(/\/home$/);

  await rae.page.goto("/settings");
  await expectAccessible(rae.page);
  await rae.page.getByRole("button", { name: "Sign out of every device" }).click();
  await expect(rae.page).toHaveURL(/\/$/);

  // The laptop still holds its cookie, but the server ended that session.
  await laptop.goto("/home");
  await expect(laptop).toHaveURL(/\/sign-in/);
});

test("the whole sign-up and invite flow works by keyboard alone", async ({ browser }) => {
  const pat = await newPerson(browser, "Pat");
  const { page } = pat;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").focus();
  await page.keyboard.type(pat.name);
  await page.keyboard.press("Tab");
  await page.keyboard.type(pat.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(pat.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/home$/);

  const create = page.getByRole("button", { name: "Create an invite" });
  for (let i = 0; i < 20 && !(await create.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(create).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("invite-code")).toBeVisible();
});
