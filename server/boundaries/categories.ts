export const BOUNDARY_CATEGORIES = ["communication", "contact-with-others", "privacy-and-devices", "money", "intimacy", "family", "other"] as const;
export type BoundaryCategory = (typeof BOUNDARY_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<BoundaryCategory, string> = {
  communication: "Communication",
  "contact-with-others": "Contact with others",
  "privacy-and-devices": "Privacy and devices",
  money: "Money",
  intimacy: "Intimacy",
  family: "Family",
  other: "Other",
};
