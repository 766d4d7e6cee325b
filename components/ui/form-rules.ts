/**
 * react-hook-form checks that mirror the server's zod schemas (which trim text before measuring
 * it), with the limits and words from server/<domain>/fields.ts. The forms stay free of zod; the
 * server still checks everything, and its field errors are shown in place (applyServerError).
 */
type Check = (value: string | undefined) => true | string;

/** Something other than spaces. */
export const filled =
  (message: string): Check =>
  (value) =>
    (value ?? "").trim() !== "" || message;

/** At most `max` characters once trimmed (as the server counts them). */
export const trimmedAtMost =
  (max: number, message: string): Check =>
  (value) =>
    (value ?? "").trim().length <= max || message;

/** At most `max` characters, as typed. */
export const atMost =
  (max: number, message: string): Check =>
  (value) =>
    (value ?? "").length <= max || message;

/** A real calendar day as a date input gives it ("2026-02-30" is not one). */
export const calendarDay =
  (message: string): Check =>
  (value) => {
    const day = value ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return message;
    const date = new Date(`${day}T00:00:00Z`);
    return (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(day)) || message;
  };
