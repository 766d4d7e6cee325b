/** Exercise answer limits without zod: the answer inputs use them too (server/exercises/schema.ts is the server's check). */
export const MAX_ANSWER_LENGTH = 5_000;
