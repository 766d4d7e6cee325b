import { z } from "zod";
import { emailSchema, nameSchema, newPasswordSchema } from "@/server/account/schema";
import { inviteCodeSchema, inviteTokenSchema } from "@/server/invite/schema";
import { CREDENTIALS_MAX, PRACTICE_MAX, THERAPIST_WORDS } from "./fields";

export const THERAPIST_NOTE_MAX = 4000;
export const ASSIGNMENT_NOTE_MAX = 1000;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : undefined));

export const therapistSignUpSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    password: newPasswordSchema,
    practice: optionalText(PRACTICE_MAX, THERAPIST_WORDS.practiceTooLong),
    credentials: optionalText(CREDENTIALS_MAX, THERAPIST_WORDS.credentialsTooLong),
  })
  .strict();
export type TherapistSignUpInput = z.input<typeof therapistSignUpSchema>;

export const scopeSchema = z.enum(["answers", "boundaries", "commitments", "moods"]);

export const consentSchema = z
  .object({
    linkId: z.uuid(),
    scopes: z.array(scopeSchema).min(1, "Choose at least one thing to share, or end this therapist's access instead.").max(4),
    history: z.enum(["all", "from-now"]),
  })
  .strict();

export const linkRefSchema = z.object({ linkId: z.uuid() }).strict();

export const acceptTherapistInviteSchema = z.union([z.object({ token: inviteTokenSchema }).strict(), z.object({ code: inviteCodeSchema }).strict()]);
export type AcceptTherapistInviteInput = z.output<typeof acceptTherapistInviteSchema>;

// A real calendar day (2025-02-31 is refused here, not by the database).
const day = z.iso.date("Please choose a date.");

export const assignSchema = z
  .object({
    linkId: z.uuid(),
    slug: z.string().min(1).max(80),
    note: optionalText(ASSIGNMENT_NOTE_MAX, `Please keep the note to ${ASSIGNMENT_NOTE_MAX} characters`),
    dueOn: day.nullable(),
  })
  .strict();

export const noteSchema = z
  .object({
    linkId: z.uuid(),
    body: z.string().trim().min(1, "Please write something first.").max(THERAPIST_NOTE_MAX, `Please keep notes to ${THERAPIST_NOTE_MAX} characters.`),
    shared: z.boolean(),
  })
  .strict();

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app.");
