import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { linkPartners, newPerson, type Person } from "./support/people";

const currentStep = (page: Page) => page.locator('[aria-current="step"]');

async function startTogether(a: Person, b: Person, title: string) {
  await a.page.goto("/exercises");
  await b.page.goto("/exercises");
  await expectAccessible(a.page);
  await a.page.getByRole("button", { name: `Start ${title}`, exact: true }).click();
  await expect(a.page).toHaveURL(/\/exercises\/[0-9a-f-]{36}$/);
  // The partner's open library shows the new session without a reload.
  await b.page.getByRole("link", { name: title }).click();
  await expect(b.page).toHaveURL(a.page.url());
}

async function bothContinue(a: Person, b: Person, button: string) {
  for (const person of [a, b]) await currentStep(person.page).getByRole("button", { name: button }).click();
}

test("a private-then-reveal exercise from start to finish: answers stay private until both are in, then appear on both screens at once", async ({ browser }) => {
  const ada = await newPerson(browser, "Ada");
  const bo = await newPerson(browser, "Bo");
  await linkPartners(ada, bo);
  await startTogether(ada, bo, "Love Maps");
  await expect(bo.page.getByTestId("presence")).toHaveText("Ada is here now.");
  await expect(ada.page.getByTestId("presence")).toHaveText("Bo is here now.");
  await expectAccessible(bo.page);

  await bothContinue(ada, bo, "I've read this");

  // Step 2: text. Ada answers first; Bo sees only that she has answered.
  await expect(currentStep(ada.page).getByRole("heading")).toContainText("Step 2 of 7");
  await currentStep(ada.page).getByRole("textbox").fill("A deadline at work, I think.");
  await currentStep(ada.page).getByRole("button", { name: "Submit my answer" }).click();
  await expect(currentStep(bo.page).getByTestId("partner-progress")).toHaveText("Ada has answered.");
  await expect(bo.page.getByText("A deadline at work")).toHaveCount(0);
  await expectAccessible(bo.page);
  await currentStep(bo.page).getByRole("textbox").fill("Her sister's visit.");
  await currentStep(bo.page).getByRole("button", { name: "Submit my answer" }).click();
  for (const page of [ada.page, bo.page]) {
    const reveal = currentStep(page).getByTestId("reveal");
    await expect(reveal).toContainText("A deadline at work, I think.");
    await expect(reveal).toContainText("Her sister's visit.");
  }
  await expectAccessible(ada.page);
  await bothContinue(ada, bo, "Continue");

  // Step 3: single choice.
  await currentStep(ada.page).getByLabel("Talking it through").check();
  await currentStep(ada.page).getByRole("button", { name: "Submit my answer" }).click();
  await currentStep(bo.page).getByLabel("Some quiet time alone").check();
  await currentStep(bo.page).getByRole("button", { name: "Submit my answer" }).click();
  await expect(currentStep(ada.page).getByTestId("reveal")).toContainText("Some quiet time alone");
  await bothContinue(ada, bo, "Continue");

  // Step 4: a list.
  await currentStep(ada.page).getByLabel("A hope 1").fill("Learn to sail");
  await currentStep(ada.page).getByRole("button", { name: "Submit my answer" }).click();
  await currentStep(bo.page).getByLabel("A hope 1").fill("A garden");
  await currentStep(bo.page).getByRole("button", { name: "Submit my answer" }).click();
  await expect(currentStep(bo.page).getByTestId("reveal")).toContainText("Learn to sail");
  await bothContinue(ada, bo, "Continue");

  // Steps 5 and 6: text.
  for (const step of [5, 6]) {
    await expect(currentStep(ada.page).getByRole("heading")).toContainText(`Step ${step} of 7`);
    for (const person of [ada, bo]) {
      await currentStep(person.page).getByRole("textbox").fill(`${person.name}'s answer ${step}`);
      await currentStep(person.page).getByRole("button", { name: "Submit my answer" }).click();
    }
    await expect(currentStep(ada.page).getByTestId("reveal")).toContainText(`Bo's answer ${step}`);
    await bothContinue(ada, bo, "Continue");
  }

  // Step 7: a private reflection; Ada's note never reaches Bo.
  await currentStep(ada.page).getByRole("textbox").fill("Ada's private note");
  await currentStep(ada.page).getByRole("button", { name: "Save my note" }).click();
  await currentStep(bo.page).getByRole("button", { name: "Continue without a note" }).click();
  for (const page of [ada.page, bo.page]) await expect(page.getByText("You finished this exercise together.")).toBeVisible();
  await expect(bo.page.getByText("Ada's private note")).toHaveCount(0);
  await expectAccessible(bo.page);

  await bo.page.goto("/exercises");
  await expect(bo.page.getByRole("heading", { name: "History" })).toBeVisible();
  await expect(bo.page.getByRole("button", { name: "Start Love Maps again" })).toBeVisible();
});

test("a time-out called by one partner shows on the other's screen straight away", async ({ browser }) => {
  const cal = await newPerson(browser, "Cal");
  const dee = await newPerson(browser, "Dee");
  await linkPartners(cal, dee);
  // Dee is on the couple page when Cal starts: the new session appears there by itself.
  await dee.page.goto("/couple");
  await cal.page.goto("/exercises");
  await cal.page.getByRole("button", { name: "Start Speaker–Listener", exact: true }).click();
  await expect(dee.page.getByTestId("active-sessions")).toContainText("Speaker–Listener");
  await expect(dee.page.getByTestId("active-sessions")).toContainText("your partner started it");
  await expectAccessible(dee.page);
  await dee.page.getByRole("link", { name: "Speaker–Listener" }).click();
  await expect(dee.page).toHaveURL(cal.page.url());
  await expect(dee.page.getByTestId("presence")).toHaveText("Cal is here now.");

  await cal.page.getByLabel("Break length").selectOption("30");
  await cal.page.getByRole("button", { name: "Take a break" }).click();
  await expect(dee.page.getByTestId("break-banner")).toContainText("Cal asked for a break until");
  await expect(cal.page.getByTestId("break-banner")).toContainText("You asked for a break until");
  await expect(currentStep(dee.page).getByRole("button", { name: "I've read this" })).toHaveCount(0);
  await expectAccessible(dee.page);
});
