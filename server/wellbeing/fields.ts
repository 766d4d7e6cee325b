/** The mood check-in's choices and limits, without zod: the private space's form uses them too (server/wellbeing/schema.ts is the server's check). */
export const FEELINGS = ["calm", "hopeful", "grateful", "close", "tired", "anxious", "sad", "angry", "hurt", "lonely", "numb", "overwhelmed", "confused", "relieved"] as const;
export type Feeling = (typeof FEELINGS)[number];
export const MOOD_NOTE_MAX = 1_000;
