import { expect, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

let counter = 0;

export interface Person {
  name: string;
  email: string;
  password: string;
  page: Page;
}

/** A new person in their own browser context (their own phone), with unique credentials. */
export async function newPerson(browser: Browser, name: string): Promise<Person> {
  counter += 1;
  // Each person is on their own phone: a client address of their own for the per-client limits.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${(counter % 250) + 1}` } });
  const page = await context.newPage();
  return {
    name,
    email: `${name.toLowerCase()}-${Date.now().toString(36)}-${counter}@example.test`,
    password: `${name} has a long passphrase`,
    page,
  };
}

export async function fillSignUp(person: Person) {
  const { page } = person;
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signUp(person: Person) {
  await person.page.goto("/sign-up");
  await fillSignUp(person);
  await expect(person.page).toHaveURL(/\/home$/);
  await expect(person.page.getByRole("heading", { name: `Welcome, ${person.name}` })).toBeVisible();
}

export async function signIn(person: Person, page: Page = person.page) {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Creates an invite from the home page and returns the link and code shown. */
export async function createInvite(person: Person) {
  const { page } = person;
  await page.getByRole("button", { name: "Create an invite" }).click();
  const link = (await page.getByTestId("invite-link").textContent())?.trim() ?? "";
  const code = (await page.getByTestId("invite-code").textContent())?.trim() ?? "";
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectAccessible(page);
  return { link, code };
}

/** Two people, each signed up on their own phone, linked through the short code. */
export async function linkPartners(a: Person, b: Person) {
  await signUp(a);
  const { code } = await createInvite(a);
  await signUp(b);
  await b.page.getByLabel("Invite code").fill(code);
  await b.page.getByRole("button", { name: "Link with my partner" }).click();
  await expect(b.page).toHaveURL(/\/couple$/);
}
