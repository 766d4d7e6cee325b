/**
 * Words the supportive check found risk language in are held back from the partner (and anyone
 * else) until their writer chooses: "held" (not chosen yet) or "private" (kept to themselves).
 * Null means shared as usual. No score or reason is stored.
 */
export type TextHold = "held" | "private";
