import { expect, test } from "@playwright/test";
import { generate } from "otplib";
import { expectAccessible } from "./support/axe";
import { linkPartners, newPerson, type Person } from "./support/people";

async function signUpTherapist(tess: Person, link: string) {
  const { page } = tess;
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "An invitation to work with a couple" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Create a therapist account" }).click();
  await expect(page.getByRole("heading", { name: "Create a therapist account" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Your name").fill(tess.name);
  await page.getByLabel("Email").fill(tess.email);
  await page.getByLabel("Password").fill(tess.password);
  await page.getByLabel("Practice (optional)").fill("Harbour Couples Therapy");
  await page.getByRole("button", { name: "Create account" }).click();
  // Back on the invitation, signed in as a therapist: two-step sign-in comes first.
  await page.getByRole("link", { name: "turn on two-step sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Two-step sign-in" })).toBeVisible();
  await page.getByLabel("Your password").fill(tess.password);
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").trim();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expectAccessible(page);
  await page.getByLabel("Code from the app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn it on" }).click();
  // Then straight back to the invitation.
  await page.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(page.getByRole("heading", { name: "Couples you work with" })).toBeVisible();
  return secret;
}

test("invite → both consent → the therapist sees shared progress and assigns homework → a partner revokes → access ends", async ({ browser }) => {
  const ann = await newPerson(browser, "Ann");
  const ben = await newPerson(browser, "Ben");
  const tess = await newPerson(browser, "Tess");
  await linkPartners(ann, ben);

  // Something shared already exists: a boundary Ben proposed.
  await ben.page.goto("/boundaries");
  await ben.page.getByText("Propose a boundary", { exact: true }).click();
  await ben.page.getByLabel("Title").fill("Late nights out");
  await ben.page.getByLabel("What it means").fill("We text if we'll be home after eleven.");
  await ben.page.getByLabel("Category").selectOption("communication");
  await ben.page.getByRole("button", { name: "Propose", exact: true }).click();
  await expect(ben.page.getByRole("link", { name: "Late nights out" })).toBeVisible();

  // Ann invites the therapist.
  await ann.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Therapist" }).click();
  await expect(ann.page.getByRole("heading", { name: "Working with a therapist" })).toBeVisible();
  await expectAccessible(ann.page);
  await ann.page.getByRole("button", { name: "Invite a therapist" }).click();
  const link = ((await ann.page.getByTestId("care-invite-link").textContent()) ?? "").trim();
  expect(link).toMatch(/\/therapist\/join\/[A-Za-z0-9_-]{43}$/);
  await ben.page.goto("/therapist-access");

  await signUpTherapist(tess, link);
  await expect(tess.page.getByText("Waiting for consent")).toBeVisible();
  await expect(tess.page.getByText("No couple has shared anything with you yet.")).toBeVisible();
  await expectAccessible(tess.page);

  // Both partners see the therapist appear live; Ann consents to everything, alone: nothing yet.
  const annCard = ann.page.getByTestId("therapist-card");
  await expect(annCard).toContainText("Tess");
  await expect(annCard).toContainText("Twofold does not check therapists");
  for (const scope of ["Revealed exercise answers", "Boundaries", "Commitments and check-ins", "Shared mood check-ins"]) await annCard.getByRole("checkbox", { name: new RegExp(scope) }).check();
  await annCard.getByRole("radio", { name: "All history" }).check();
  await annCard.getByRole("button", { name: "I agree to share this" }).click();
  await expect(annCard.getByTestId("care-status")).toContainText("Waiting for Ben");
  await tess.page.reload();
  await expect(tess.page.getByText("No couple has shared anything with you yet.")).toBeVisible();

  // Ben shares less: what is in effect is what both chose.
  const benCard = ben.page.getByTestId("therapist-card");
  await expect(benCard).toContainText("Ann has made their choice.");
  await benCard.getByRole("checkbox", { name: /Boundaries/ }).check();
  await benCard.getByRole("checkbox", { name: /Commitments and check-ins/ }).check();
  await benCard.getByRole("radio", { name: "All history" }).check();
  await benCard.getByRole("button", { name: "I agree to share this" }).click();
  await expect(benCard.getByTestId("care-status")).toContainText("Can see: boundaries, commitments");
  await expectAccessible(ben.page);

  // The therapist's dashboard shows the couple live, then the read-only couple view.
  const couple = tess.page.getByRole("link", { name: "Ann & Ben" });
  await expect(couple).toBeVisible();
  await expectAccessible(tess.page);
  await couple.click();
  await expect(tess.page.getByRole("heading", { name: "Ann & Ben" })).toBeVisible();
  await expect(tess.page.getByText("Late nights out")).toBeVisible();
  await expect(tess.page.getByRole("heading", { name: "Exercises" })).toHaveCount(0);
  await expectAccessible(tess.page);

  // Live: Ann proposes a boundary while Tess has the page open.
  await ann.page.goto("/boundaries");
  await ann.page.getByText("Propose a boundary", { exact: true }).click();
  await ann.page.getByLabel("Title").fill("Sunday walks");
  await ann.page.getByLabel("What it means").fill("A walk together on Sundays.");
  await ann.page.getByLabel("Category").selectOption("other");
  await ann.page.getByRole("button", { name: "Propose", exact: true }).click();
  await expect(tess.page.getByText("Sunday walks")).toBeVisible();

  // Homework and a shared note.
  await tess.page.getByLabel("Exercise").selectOption({ label: "Love Maps" });
  await tess.page.getByLabel("Note for the couple (optional)").fill("Try this before our next session.");
  await tess.page.getByRole("button", { name: "Assign" }).click();
  await expect(tess.page.getByRole("list", { name: "Assigned" })).toContainText("not started yet");
  await tess.page.getByLabel("Note", { exact: true }).fill("Thank you both for your honesty this week.");
  await tess.page.getByLabel("Share this note with both partners").check();
  await tess.page.getByRole("button", { name: "Save note" }).click();
  await expect(tess.page.getByRole("list", { name: "Your notes" })).toContainText("Shared with the couple");

  await ben.page.goto("/therapist-access");
  await expect(ben.page.getByRole("list", { name: "Homework" })).toContainText("Try this before our next session.");
  await expect(ben.page.getByRole("list", { name: "Notes from your therapist" })).toContainText("Thank you both for your honesty this week.");
  // Who viewed what, when: the boundaries and commitments Tess opened.
  await expect(ben.page.getByRole("table")).toContainText("boundaries");
  await expectAccessible(ben.page);
  await ben.page.getByRole("button", { name: "Start Love Maps" }).click();
  await expect(ben.page).toHaveURL(/\/exercises\/[0-9a-f-]{36}$/);
  await tess.page.reload();
  await expect(tess.page.getByRole("list", { name: "Assigned" })).toContainText("started");

  // Ben ends the therapist's access, alone; Tess's open page says so at once.
  await ben.page.goto("/therapist-access");
  await ben.page.getByRole("button", { name: "End this therapist's access" }).click();
  await ben.page.getByRole("button", { name: "End access" }).click();
  await expect(ben.page.getByTestId("therapist-card")).toHaveCount(0);
  await expect(tess.page.getByTestId("access-ended")).toBeVisible();
  await tess.page.goto("/therapist");
  await expect(tess.page.getByRole("link", { name: "Ann & Ben" })).toHaveCount(0);
});

test("two-step sign-in for a therapist: on before any couple opens, then asked for a code at sign-in", async ({ browser }) => {
  const ann = await newPerson(browser, "Cara");
  const ben = await newPerson(browser, "Dev");
  const tess = await newPerson(browser, "Theo");
  await linkPartners(ann, ben);
  await ann.page.goto("/therapist-access");
  await ann.page.getByRole("button", { name: "Invite a therapist" }).click();
  const link = ((await ann.page.getByTestId("care-invite-link").textContent()) ?? "").trim();
  const secret = await signUpTherapist(tess, link);
  await tess.page.getByRole("link", { name: "Two-step sign-in" }).click();
  await expect(tess.page.getByText("Two-step sign-in is on.")).toBeVisible();
  await expectAccessible(tess.page);

  await tess.page.getByRole("button", { name: "Sign out" }).click();
  await tess.page.goto("/sign-in");
  await tess.page.getByLabel("Email").fill(tess.email);
  await tess.page.getByLabel("Password").fill(tess.password);
  await tess.page.getByRole("button", { name: "Sign in" }).click();
  const code = tess.page.getByLabel("Code from your authenticator app");
  await expect(code).toBeVisible();
  await expectAccessible(tess.page);
  // The next time step's code: the one used to turn it on can't be used twice.
  await code.fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await tess.page.getByRole("button", { name: "Sign in" }).click();
  await expect(tess.page.getByRole("heading", { name: "Couples you work with" })).toBeVisible();
});
