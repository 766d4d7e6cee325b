export const BOUNDARY_CATEGORIES = ["communication", "contact-with-others", "privacy-and-devices", "money", "intimacy", "family", "other"] as const;
export type BoundaryCategory = (typeof BOUNDARY_CATEGORIES)[number];
