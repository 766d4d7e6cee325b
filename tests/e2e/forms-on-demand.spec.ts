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

  // "Propose it as a boundary": the same, on the boundaries page; the proposal then opens on its own page.
  const boundaryDraft = await agreedDraft(lou, kai, "boundary");
  await lou.page.goto(`/boundaries?fromSession=${boundaryDraft.sessionId}&step=${boundaryDraft.stepIndex}`);
  await expect(lou.page.getByLabel("Title")).toHaveValue(boundaryDraft.title);
  await expect(lou.page.getByLabel("What it means")).toHaveValue(boundaryDraft.details);
  await lou.page.getByRole("button", { name: "Propose", exact: true }).click();
  await expect(lou.page).toHaveURL(/\/boundaries\/[0-9a-f-]{36}$/);
  await expect(lou.page.getByRole("heading", { name: boundaryDraft.title })).toBeVisible();

  // Heavy words added to a draft before proposing: the calm panel is shown first, not navigated away from.
  const heavyDraft = await agreedDraft(lou, kai, "boundary");
  await lou.page.goto(`/boundaries?fromSession=${heavyDraft.sessionId}&step=${heavyDraft.stepIndex}`);
  await lou.page.getByLabel("What it means").fill(`${heavyDraft.details} Some days I don't want to be here anymore.`);
  await lou.page.getByRole("button", { name: "Propose", exact: true }).click();
  const panel = lou.page.getByTestId("supportive-panel");
  await expect(panel.getByRole("heading", { name: "You're not alone" })).toBeFocused();
  await expect(lou.page).toHaveURL(/\/boundaries\?/);
  await expect(lou.page.getByRole("list", { name: "Your boundaries" })).toContainText(heavyDraft.title);

  // Without a draft both forms stay folded until opened.
  await lou.page.goto("/commitments");
  await expect(lou.page.getByLabel("What I commit to")).toHaveCount(0);
  await lou.page.goto("/boundaries");
  await expect(lou.page.getByLabel("Title")).toHaveCount(0);
});

test("a form that can't arrive (the connection dropped) says so in place, and the page stays", async ({ browser }) => {
  const mia = await newPerson(browser, "Mia");
  const ned = await newPerson(browser, "Ned");
  await linkPartners(mia, ned);
  await mia.page.goto("/commitments");
  await expect(mia.page.getByTestId("connection-state")).toHaveAttribute("data-state", "live");

  // Every script request fails from now on, as on a phone that lost its signal.
  await mia.page.route("**/_next/static/chunks/**", (route) => route.abort("internetdisconnected"));
  await mia.page.getByText("Make a commitment", { exact: true }).click();
  await expect(mia.page.getByRole("alert").filter({ hasText: "The form couldn't load" })).toBeVisible();
  await expect(mia.page.getByRole("heading", { name: "Commitments", level: 1 })).toBeVisible();
  await expect(mia.page.getByRole("link", { name: /get help now/i }).first()).toBeVisible();

  // Back online, "reload the page" brings the form.
  await mia.page.unroute("**/_next/static/chunks/**");
  await mia.page.getByRole("button", { name: "reload the page" }).click();
  await mia.page.getByText("Make a commitment", { exact: true }).click();
  await expect(mia.page.getByLabel("What I commit to")).toBeVisible();
});
