import { expect, test } from "@playwright/test";
import { agreedDraft } from "./support/agreed-draft";
import { expectAccessible } from "./support/axe";
import { linkPartners, newPerson } from "./support/people";

test("words both partners agreed to in an exercise arrive in an open form, as a commitment and as a boundary", async ({ browser }) => {
  const kai = await newPerson(browser, "Kai");
  const lou = await newPerson(browser, "Lou");
  await linkPartners(kai, lou);

  // "Make it my commitment": the form is open and filled in (it is otherwise folded away).
  const commitmentDraft = await agreedDraft(kai, lou, "commitment");
  await kai.page.goto(`/commitments?fromSession=${commitmentDraft.sessionId}&step=${commitmentDraft.stepIndex}`);
  await expect(kai.page.getByLabel("What I commit to")).toHaveValue(commitmentDraft.title);
  await expect(kai.page.getByLabel("Why it matters to me (optional)")).toHaveValue(commitmentDraft.details);
  await expectAccessible(kai.page);
  await kai.page.getByLabel("Check-in question").fill("Did we walk?");
  await kai.page.getByRole("button", { name: "Make this commitment" }).click();
  await expect(kai.page.getByRole("listitem").filter({ hasText: "Your commitment" })).toContainText(commitmentDraft.title);

  // "Propose it as a boundary": the same, on the boundaries page.
  const boundaryDraft = await agreedDraft(lou, kai, "boundary");
  await lou.page.goto(`/boundaries?fromSession=${boundaryDraft.sessionId}&step=${boundaryDraft.stepIndex}`);
  await expect(lou.page.getByLabel("Title")).toHaveValue(boundaryDraft.title);
  await expect(lou.page.getByLabel("What it means")).toHaveValue(boundaryDraft.details);
  await lou.page.getByRole("button", { name: "Propose", exact: true }).click();
  await expect(lou.page.getByRole("heading", { name: boundaryDraft.title })).toBeVisible();

  // Without a draft both forms stay folded until opened.
  await lou.page.goto("/commitments");
  await expect(lou.page.getByLabel("What I commit to")).toHaveCount(0);
  await lou.page.goto("/boundaries");
  await expect(lou.page.getByLabel("Title")).toHaveCount(0);
});
