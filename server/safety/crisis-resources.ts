/**
 * Crisis lines shown on /help. A wrong number here is a real harm (a published review found 9 % of
 * mental-health apps listed one), so every entry names its source and the date it was last checked
 * against that source, and tests/unit/crisis-resources.test.ts pins each number. Change an entry
 * only after checking the source, and update `lastReviewed` with it.
 */
import type { CrisisContact } from "./emergency-numbers";

export type { CrisisContact } from "./emergency-numbers";
// Kept in their own small module so the page shown when everything else fails can carry them
// without the whole list; pinned by the same test through this module.
export { emergencyNumbers } from "./emergency-numbers";

export interface CrisisResource {
  id: string;
  region: string;
  name: string;
  about: string;
  contacts: CrisisContact[];
  source: string;
  lastReviewed: string;
}

export const CRISIS_RESOURCES_REVIEWED = "2026-11-23";

export const crisisResources: readonly CrisisResource[] = [
  {
    id: "us-988",
    region: "United States",
    name: "988 Suicide & Crisis Lifeline",
    about: "Free, confidential support, any time of day or night.",
    contacts: [
      { kind: "call", label: "Call 988", href: "tel:988" },
      { kind: "text", label: "Text 988", href: "sms:988" },
      { kind: "chat", label: "Chat at 988lifeline.org", href: "https://988lifeline.org/chat/" },
    ],
    source: "https://988lifeline.org",
    lastReviewed: "2026-11-23",
  },
  {
    id: "us-crisis-text-line",
    region: "United States",
    name: "Crisis Text Line",
    about: "Text with a trained volunteer.",
    contacts: [{ kind: "text", label: "Text HOME to 741741", href: "sms:741741?&body=HOME" }],
    source: "https://www.crisistextline.org",
    lastReviewed: "2026-11-23",
  },
  {
    id: "ca-988",
    region: "Canada",
    name: "9-8-8 Suicide Crisis Helpline",
    about: "Call or text, any time, in English or French.",
    contacts: [
      { kind: "call", label: "Call 9-8-8", href: "tel:988" },
      { kind: "text", label: "Text 9-8-8", href: "sms:988" },
    ],
    source: "https://988.ca",
    lastReviewed: "2026-11-23",
  },
  {
    id: "uk-shout",
    region: "United Kingdom",
    name: "Shout",
    about: "Free, confidential text support, any time.",
    contacts: [{ kind: "text", label: "Text SHOUT to 85258", href: "sms:85258?&body=SHOUT" }],
    source: "https://giveusashout.org",
    lastReviewed: "2026-11-23",
  },
  {
    id: "uk-ie-samaritans",
    region: "United Kingdom and Ireland",
    name: "Samaritans",
    about: "Someone to talk to, day or night, free from any phone.",
    contacts: [{ kind: "call", label: "Call 116 123", href: "tel:116123" }],
    source: "https://www.samaritans.org",
    lastReviewed: "2026-11-23",
  },
  {
    id: "us-domestic-violence",
    region: "United States",
    name: "National Domestic Violence Hotline",
    about: "If you feel unsafe with someone close to you.",
    contacts: [
      { kind: "call", label: "Call 1-800-799-7233", href: "tel:+18007997233" },
      { kind: "text", label: "Text START to 88788", href: "sms:88788?&body=START" },
    ],
    source: "https://www.thehotline.org",
    lastReviewed: "2026-11-23",
  },
  {
    id: "findahelpline",
    region: "Every other country",
    name: "Find A Helpline",
    about: "Free, confidential helplines in your country.",
    contacts: [{ kind: "web", label: "Go to findahelpline.com", href: "https://findahelpline.com" }],
    source: "https://findahelpline.com",
    lastReviewed: "2026-11-23",
  },
];
