/** "November 23, 2026", in the given time zone (the runtime's own when omitted). */
export function formatDate(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat("en", { day: "numeric", month: "long", year: "numeric", ...(timeZone ? { timeZone } : {}) }).format(date);
}
