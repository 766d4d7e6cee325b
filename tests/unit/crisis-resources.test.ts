import { describe, expect, it } from "vitest";
import { CRISIS_RESOURCES_REVIEWED, crisisResources, emergencyNumbers } from "@/server/safety/crisis-resources";

// A wrong crisis number is a real harm. Every number is pinned here, from the services' own sites
// (see ../shared/research/safety.md); changing one must be a deliberate edit of this test too.
describe("crisis resources", () => {
  it("lists exactly the reviewed lines with their numbers and links", () => {
    const table = crisisResources.map((r) => ({ id: r.id, region: r.region, name: r.name, links: r.contacts.map((c) => `${c.label} -> ${c.href}`) }));
    expect(table).toEqual([
      { id: "us-988", region: "United States", name: "988 Suicide & Crisis Lifeline", links: ["Call 988 -> tel:988", "Text 988 -> sms:988", "Chat at 988lifeline.org -> https://988lifeline.org/chat/"] },
      { id: "us-crisis-text-line", region: "United States", name: "Crisis Text Line", links: ["Text HOME to 741741 -> sms:741741?&body=HOME"] },
      { id: "ca-988", region: "Canada", name: "9-8-8 Suicide Crisis Helpline", links: ["Call 9-8-8 -> tel:988", "Text 9-8-8 -> sms:988"] },
      { id: "uk-shout", region: "United Kingdom", name: "Shout", links: ["Text SHOUT to 85258 -> sms:85258?&body=SHOUT"] },
      { id: "uk-ie-samaritans", region: "United Kingdom and Ireland", name: "Samaritans", links: ["Call 116 123 -> tel:116123"] },
      { id: "us-domestic-violence", region: "United States", name: "National Domestic Violence Hotline", links: ["Call 1-800-799-7233 -> tel:+18007997233", "Text START to 88788 -> sms:88788?&body=START"] },
      { id: "findahelpline", region: "Every other country", name: "Find A Helpline", links: ["Go to findahelpline.com -> https://findahelpline.com"] },
    ]);
    expect(emergencyNumbers.map((c) => c.href)).toEqual(["tel:911", "tel:112", "tel:999"]);
  });

  it("each entry has an https source and a real review date no later than the file's", () => {
    for (const resource of crisisResources) {
      expect(resource.source, resource.id).toMatch(/^https:\/\//);
      expect(resource.lastReviewed, resource.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(resource.lastReviewed))).toBe(false);
      expect(resource.lastReviewed <= CRISIS_RESOURCES_REVIEWED).toBe(true);
    }
  });

  it("the number in every tel: and sms: link matches the digits in its label", () => {
    for (const contact of [...crisisResources.flatMap((r) => r.contacts), ...emergencyNumbers]) {
      if (contact.kind === "web" || contact.kind === "chat") continue;
      const linkDigits = contact.href.replace(/^(tel|sms):\+?1?/, "").split("?")[0]!;
      const labelDigits = contact.label.replace(/[^0-9]/g, "").replace(/^1(?=800)/, "");
      expect(labelDigits.startsWith(linkDigits) || labelDigits.endsWith(linkDigits), contact.label).toBe(true);
    }
  });
});
