/**
 * Check-in periods for commitments, computed in the committer's own time zone. Periods are plain
 * calendar dates ("2026-03-08"): the instant "now" is turned into a local date once, with the IANA
 * zone, and everything after that is calendar arithmetic on dates, which has no DST gaps or
 * repeats (a DST day is still one day).
 */

export type Cadence =
  | { kind: "daily" }
  | { kind: "weekly" }
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  | { kind: "weekdays"; days: number[] }
  | { kind: "once"; dueOn: string };

export type Outcome = "kept" | "partly" | "not-kept";
/** A past period without a check-in is "no-check-in" — never counted as "not kept". */
export type PeriodStatus = Outcome | "no-check-in" | "open";

const DAY_MS = 86_400_000;

/** The calendar date of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

function toUtc(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The key of the period a date falls in, or null when the cadence has no period that day. */
export function periodOf(cadence: Cadence, date: string): string | null {
  switch (cadence.kind) {
    case "daily":
      return date;
    case "weekdays":
      return cadence.days.includes(isoWeekday(date)) ? date : null;
    case "weekly":
      return addDays(date, 1 - isoWeekday(date)); // the Monday of that ISO week
    case "once":
      return date <= cadence.dueOn ? cadence.dueOn : null;
  }
}

/** Every period from the start through `today` (inclusive), stopping at the end date if any. */
export function periodsThrough(cadence: Cadence, startOn: string, endOn: string | null, today: string): string[] {
  const last = endOn && endOn < today ? endOn : today;
  if (cadence.kind === "once") return startOn <= last ? [cadence.dueOn] : [];
  const periods: string[] = [];
  // Weekly: walk Monday to Monday from the start's own week, so the current week is never missed.
  const first = cadence.kind === "weekly" ? addDays(startOn, 1 - isoWeekday(startOn)) : startOn;
  for (let date = first; date <= last; date = addDays(date, cadence.kind === "weekly" ? 7 : 1)) {
    const key = periodOf(cadence, date);
    if (key && periods.at(-1) !== key) periods.push(key);
  }
  return periods;
}

export interface Progress {
  periods: Array<{ period: string; status: PeriodStatus }>;
  /** Kept check-ins as a share of the periods that are over or already checked in (0–100). */
  keptPercent: number | null;
  currentRun: number;
  longestRun: number;
}

/**
 * Per-period status and runs. The current period stays "open" until it is checked in or over. A
 * run counts consecutive "kept" periods; "partly", "not kept" and "no check-in" end it.
 */
export function progress(periods: string[], checkIns: ReadonlyMap<string, Outcome>, currentPeriod: string | null): Progress {
  const rows = periods.map((period) => ({
    period,
    status: (checkIns.get(period) ?? (period === currentPeriod ? "open" : "no-check-in")) as PeriodStatus,
  }));
  const counted = rows.filter((r) => r.status !== "open");
  const kept = counted.filter((r) => r.status === "kept").length;
  let longest = 0;
  let run = 0;
  for (const row of rows) {
    if (row.status === "open") continue;
    run = row.status === "kept" ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return { periods: rows, keptPercent: counted.length ? Math.round((kept / counted.length) * 100) : null, currentRun: run, longestRun: longest };
}
