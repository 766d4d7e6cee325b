/** The timeline's filter choices and page sizes, without zod: the timeline page and view use them too (server/agreements/schema.ts is the server's check). */
export const TIMELINE_AREAS = ["boundaries", "commitments", "check-ins"] as const;
export type TimelineArea = (typeof TIMELINE_AREAS)[number];
export const TIMELINE_PAGE = 30;
export const TIMELINE_MAX = 600;
