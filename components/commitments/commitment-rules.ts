import { atMost, filled, trimmedAtMost } from "@/components/ui/form-rules";
import { COMMITMENT_NOTE_MAX, COMMITMENT_TEXT_MAX, COMMITMENT_WORDS as W } from "@/server/commitments/fields";

// The commitment forms' checks (react-hook-form). The server checks all of it again
// (server/commitments/schema.ts); these catch the usual slips in place.
export const whatRules = { validate: { filled: filled(W.whatMissing), short: trimmedAtMost(COMMITMENT_TEXT_MAX, W.textTooLong) } };
export const questionRules = { validate: { filled: filled(W.questionMissing), short: trimmedAtMost(COMMITMENT_TEXT_MAX, W.textTooLong) } };
export const noteRules = { validate: atMost(COMMITMENT_NOTE_MAX, W.noteTooLong) };
