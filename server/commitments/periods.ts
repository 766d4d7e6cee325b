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

// One formatter per zone: making an Intl.DateTimeFormat costs far more than using one, and a busy
// server asks for local dates many times per request. Bounded, because zone names arrive from
// users (and Intl accepts any letter case): past the bound the cache simply starts again.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const MAX_CACHED_ZONES = 256;

/** The calendar date of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    if (dateFormats.size >= MAX_CACHED_ZONES) dateFormats.clear();
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** How many zones' formatters are kept (for the test of the bound). */
export const cachedZoneCount = () => dateFormats.size;

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

/** The Monday of a date's ISO week. */
export const weekOf = (date: string) => addDays(date, 1 - isoWeekday(date));

export interface WeekTotals {
  week: string;
  kept: number;
  partly: number;
  notKept: number;
  noCheckIn: number;
}

/**
 * Couple-wide totals per ISO week (keyed by its Monday), oldest first, for the `weeks` weeks
 * through `today`. Periods still open are left out; the partners are not told apart.
 */
export function weeklyTotals(periodLists: ReadonlyArray<Progress["periods"]>, today: string, weeks = 12): WeekTotals[] {
  const last = weekOf(today);
  const rows = Array.from({ length: weeks }, (_, i) => ({ week: addDays(last, (i - weeks + 1) * 7), kept: 0, partly: 0, notKept: 0, noCheckIn: 0 }));
  const byWeek = new Map(rows.map((row) => [row.week, row]));
  for (const periods of periodLists) {
    for (const { period, status } of periods) {
      const row = byWeek.get(weekOf(period));
      if (!row || status === "open") continue;
      if (status === "kept") row.kept += 1;
      else if (status === "partly") row.partly += 1;
      else if (status === "not-kept") row.notKept += 1;
      else row.noCheckIn += 1;
    }
  }
  return rows;
}

/**
 * A calendar of the last `weeks` ISO weeks through `today`, Monday first: each day carries the
 * status of the period it is (null when the cadence has no check-in that day). A weekly period
 * is shown on its Monday.
 */
export function calendarWeeks(periods: Progress["periods"], today: string, weeks = 8) {
  const status = new Map(periods.map((p) => [p.period, p.status] as const));
  const last = weekOf(today);
  return Array.from({ length: weeks }, (_, i) => {
    const monday = addDays(last, (i - weeks + 1) * 7);
    return { week: monday, days: Array.from({ length: 7 }, (_, d) => ({ date: addDays(monday, d), status: status.get(addDays(monday, d)) ?? null })) };
  });
}

/** A stretch of calendar days when a commitment was paused or after it ended (`to` exclusive, null = still). */
export interface InactiveRange {
  from: string;
  to: string | null;
}

/**
 * The paused and ended stretches from a commitment's history (oldest first), as local dates in the
 * committer's zone. The day of a pause counts as paused; the day it is picked up again counts.
 */
export function inactiveRanges(history: ReadonlyArray<{ kind: string; at: Date }>, timeZone: string): InactiveRange[] {
  const ranges: InactiveRange[] = [];
  for (const event of history) {
    const day = localDate(event.at, timeZone);
    const open = ranges.at(-1)?.to === null ? ranges.at(-1) : undefined;
    if ((event.kind === "paused" || event.kind === "ended") && !open) ranges.push({ from: day, to: null });
    else if (event.kind === "resumed" && open) open.to = day;
  }
  return ranges;
}

/** Periods that count: every checked-in one, and the others only when they fall outside a pause or after the end. */
export function activePeriods(periods: string[], checkedIn: ReadonlySet<string>, inactive: ReadonlyArray<InactiveRange>): string[] {
  return periods.filter((p) => checkedIn.has(p) || !inactive.some((r) => p >= r.from && (r.to === null || p < r.to)));
}
