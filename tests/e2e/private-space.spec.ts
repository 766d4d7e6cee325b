import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { linkPartners, newPerson } from "./support/people";

test("private check-ins stay private until shared; the safety check; export and delete from Settings", async ({ browser }) => {
  const uma = await newPerson(browser, "Uma");
  const vic = await newPerson(browser, "Vic");
  await linkPartners(uma, vic);

  // Vic writes a private entry; it never reaches Uma.
  await vic.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Just for you" }).click();
  await vic.page.getByRole("radio", { name: "2 · Low" }).check();
  await vic.page.getByLabel("A note (optional)").fill("VIC-PRIVATE-MARKER a rough day");
  await vic.page.getByRole("button", { name: "Save for today" }).click();
  await expect(vic.page.getByRole("list", { name: "Your check-ins" })).toContainText("Only you");
  await expectAccessible(vic.page);

  await uma.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Just for you" }).click();
  await uma.page.getByRole("radio", { name: "4 · Good" }).check();
  await uma.page.getByRole("checkbox", { name: "hopeful" }).check();
  await uma.page.getByLabel("A note (optional)").fill("UMA-OWN-MARKER");
  await uma.page.getByRole("button", { name: "Save for today" }).click();
  await uma.page.getByRole("button", { name: "Share with Vic" }).click();
  // Vic's open page shows Uma's shared mood live; Uma never sees Vic's private words.
  await expect(vic.page.getByText("Shared moods")).toBeVisible();
  await expect(uma.page.getByText("Shared moods")).toBeVisible();
  await expect(uma.page.locator("body")).not.toContainText("VIC-PRIVATE-MARKER");

  // The safety check answers Uma alone.
  await uma.page.getByRole("link", { name: "Take the safety check" }).click();
  await uma.page.getByRole("group", { name: "Do you feel safe with your partner?" }).getByRole("radio", { name: "No", exact: true }).check();
  await uma.page.getByRole("group", { name: /hurt you, threatened you/ }).getByRole("radio", { name: "Sometimes" }).check();
  await uma.page.getByRole("group", { name: /control your money/ }).getByRole("radio", { name: "No", exact: true }).check();
  await uma.page.getByRole("group", { name: /afraid if your partner knew/ }).getByRole("radio", { name: "Yes", exact: true }).check();
  await uma.page.getByRole("button", { name: "See what might help" }).click();
  await expect(uma.page.getByTestId("safety-result")).toContainText("Your safety comes first");
  await expect(uma.page.getByRole("link", { name: "Call 1-800-799-7233" })).toBeVisible();
  await expectAccessible(uma.page);

  // Export: Uma's own words and the couple's shared items, never Vic's private entry.
  await uma.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expectAccessible(uma.page);
  const [download] = await Promise.all([uma.page.waitForEvent("download"), uma.page.getByRole("button", { name: "Download my data" }).click()]);
  const exported = await readFile((await download.path())!, "utf8");
  expect(exported).toContain("UMA-OWN-MARKER");
  expect(exported).not.toContain("VIC-PRIVATE-MARKER");

  // Delete: the password first; then Uma is out, and Vic's space ends with the neutral notice.
  await uma.page.getByLabel("Your password").fill(uma.password);
  await uma.page.getByLabel("I understand this deletes my account for good").check();
  await uma.page.getByRole("button", { name: "Delete my account" }).click();
  await expect(uma.page).toHaveURL(/\/$/);
  // Signed out in this browser too: no session cookie is left behind.
  await expect.poll(async () => (await uma.page.context().cookies()).filter((c) => c.name.includes("session-token")).length).toBe(0);
  await vic.page.goto("/home");
  await expect(vic.page.getByRole("heading", { name: "Your shared space has closed" })).toBeVisible();
});
