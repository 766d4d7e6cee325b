import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { newPerson, signUp } from "./support/people";

test("'Get help now' is on every page, signed in or not", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  for (const path of ["/", "/sign-in", "/sign-up", "/invite/not-a-real-invite-token", "/help"]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: "Get help now" })).toBeVisible();
    await expectAccessible(page);
  }
  const zoe = await newPerson(browser, "Zoe");
  await signUp(zoe);
  for (const path of ["/home", "/settings"]) {
    await zoe.page.goto(path);
    await expect(zoe.page.getByRole("link", { name: "Get help now" })).toBeVisible();
  }
  await zoe.page.getByRole("link", { name: "Get help now" }).click();
  await expect(zoe.page).toHaveURL(/\/help$/);
});

test("the help page lists the reviewed crisis lines with call and text links", async ({ page }) => {
  await page.goto("/help");
  await expect(page.getByRole("heading", { name: "Get help now", level: 1 })).toBeVisible();
  const expectLink = async (name: string, href: string) =>
    expect(page.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
  await expectLink("Call 988", "tel:988");
  await expectLink("Text 988", "sms:988");
  await expectLink("Chat at 988lifeline.org", "https://988lifeline.org/chat/");
  await expectLink("Text HOME to 741741", "sms:741741?&body=HOME");
  await expectLink("Call 9-8-8", "tel:988");
  await expectLink("Text SHOUT to 85258", "sms:85258?&body=SHOUT");
  await expectLink("Call 116 123", "tel:116123");
  await expectLink("Call 1-800-799-7233", "tel:+18007997233");
  await expectLink("Text START to 88788", "sms:88788?&body=START");
  await expectLink("Go to findahelpline.com", "https://findahelpline.com");
  await expectLink("911 (US and Canada)", "tel:911");
  await expectLink("112 (EU and many other countries)", "tel:112");
  await expectLink("999 (UK)", "tel:999");
  await expectAccessible(page);
});
