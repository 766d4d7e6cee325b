const dateFormat = new Intl.DateTimeFormat("en", { day: "numeric", month: "long", year: "numeric" });

/** "23 November 2026". Rendered on the server and the client alike, so it is locale-fixed. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
