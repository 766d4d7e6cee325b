import type { Cadence } from "@/server/commitments/periods";

const WEEKDAYS = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"];
const list = new Intl.ListFormat("en", { type: "conjunction" });

/** "Every day", "Every week", "Mondays and Thursdays", "Once, by 1 Dec 2026". */
export function describeCadence(cadence: Cadence): string {
  switch (cadence.kind) {
    case "daily":
      return "Every day";
    case "weekly":
      return "Every week";
    case "weekdays":
      return list.format([...cadence.days].sort().map((d) => WEEKDAYS[d - 1]!));
    case "once":
      return `Once, by ${formatDay(cadence.dueOn)}`;
  }
}

/** A calendar day ("2026-12-01") as "Tue, 1 Dec 2026", the same in every zone. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
}
