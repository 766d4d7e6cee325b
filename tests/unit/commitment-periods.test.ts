import { describe, expect, it } from "vitest";
import { addDays, cachedZoneCount, calendarWeeks, isoWeekday, localDate, periodOf, periodsThrough, progress, weekOf, weeklyTotals, inactiveRanges, activePeriods, type Outcome } from "@/server/commitments/periods";

// These run with TZ=America/New_York (vitest.config.mts); the committer's zone is passed explicitly.
describe("local dates in the committer's time zone", () => {
  it("keeps a bounded number of formatters, however many spellings of zones arrive", () => {
    // Intl accepts any letter case, so "aMerica/new_York" is another key for the same zone.
    const zone = "america/new_york";
    for (let mask = 0; mask < 1_000; mask += 1) {
      const spelled = [...zone].map((c, i) => ((mask >> i) & 1 ? c.toUpperCase() : c)).join("");
      expect(localDate(new Date("2026-03-08T04:30:00Z"), spelled)).toBe("2026-03-07");
      expect(cachedZoneCount()).toBeLessThanOrEqual(256);
    }
  });

  it("turns an instant into that zone's calendar date, around the spring-forward night", () => {
    // 2026-03-08: New York moves from EST (UTC-5) to EDT (UTC-4) at 02:00 local (07:00Z).
    expect(localDate(new Date("2026-03-08T04:30:00Z"), "America/New_York")).toBe("2026-03-07");
    expect(localDate(new Date("2026-03-08T05:30:00Z"), "America/New_York")).toBe("2026-03-08");
    expect(localDate(new Date("2026-03-09T03:30:00Z"), "America/New_York")).toBe("2026-03-08");
    expect(localDate(new Date("2026-03-09T04:30:00Z"), "America/New_York")).toBe("2026-03-09");
    // The same instant is already the next day in Tokyo and still the day before in Honolulu.
    expect(localDate(new Date("2026-03-08T20:00:00Z"), "Asia/Tokyo")).toBe("2026-03-09");
    expect(localDate(new Date("2026-03-08T08:00:00Z"), "Pacific/Honolulu")).toBe("2026-03-07");
  });

  it("does calendar arithmetic without DST gaps or repeats", () => {
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(addDays("2026-10-31", 1)).toBe("2026-11-01");
    expect(addDays("2026-11-01", 1)).toBe("2026-11-02");
    expect(isoWeekday("2026-03-08")).toBe(7);
    expect(isoWeekday("2026-03-09")).toBe(1);
  });
});

describe("periods", () => {
  it("daily periods across the spring DST change: one per calendar day, none skipped or repeated", () => {
    expect(periodsThrough({ kind: "daily" }, "2026-03-06", null, "2026-03-10")).toEqual(["2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10"]);
  });

  it("weekly periods are ISO weeks (keyed by Monday) across the autumn DST change", () => {
    expect(periodOf({ kind: "weekly" }, "2026-11-01")).toBe("2026-10-26");
    expect(periodsThrough({ kind: "weekly" }, "2026-10-28", null, "2026-11-10")).toEqual(["2026-10-26", "2026-11-02", "2026-11-09"]);
  });

  it("chosen weekdays, an end date, and a one-off by a date", () => {
    expect(periodsThrough({ kind: "weekdays", days: [1, 3, 5] }, "2026-03-06", null, "2026-03-12")).toEqual(["2026-03-06", "2026-03-09", "2026-03-11"]);
    expect(periodsThrough({ kind: "daily" }, "2026-03-06", "2026-03-07", "2026-03-12")).toEqual(["2026-03-06", "2026-03-07"]);
    expect(periodsThrough({ kind: "once", dueOn: "2026-03-20" }, "2026-03-06", null, "2026-03-12")).toEqual(["2026-03-20"]);
    expect(periodOf({ kind: "once", dueOn: "2026-03-20" }, "2026-03-21")).toBeNull();
  });
});

describe("progress", () => {
  const days = periodsThrough({ kind: "daily" }, "2026-03-05", null, "2026-03-11");
  const checkIns = (entries: Array<[string, Outcome]>) => new Map(entries);

  it("a period with no check-in is 'no check-in', not 'not kept'; today stays open", () => {
    const result = progress(days, checkIns([["2026-03-05", "kept"], ["2026-03-07", "not-kept"]]), "2026-03-11");
    expect(result.periods.map((p) => p.status)).toEqual(["kept", "no-check-in", "not-kept", "no-check-in", "no-check-in", "no-check-in", "open"]);
    expect(result.keptPercent).toBe(17);
  });

  it("counts current and longest runs of kept periods straight across the DST night", () => {
    const kept: Array<[string, Outcome]> = ["2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10"].map((d) => [d, "kept"]);
    const result = progress(days, checkIns([["2026-03-05", "kept"], ["2026-03-06", "partly"], ...kept]), "2026-03-11");
    expect(result.currentRun).toBe(4);
    expect(result.longestRun).toBe(4);
    // Checking in today extends the run.
    expect(progress(days, checkIns([...kept, ["2026-03-11", "kept"]]), "2026-03-11").currentRun).toBe(5);
  });

  it("a slip ends the run; nothing checked in yet has no percentage", () => {
    const result = progress(days, checkIns([["2026-03-09", "kept"], ["2026-03-10", "not-kept"]]), "2026-03-11");
    expect(result.currentRun).toBe(0);
    expect(result.longestRun).toBe(1);
    expect(progress(["2026-03-11"], new Map(), "2026-03-11").keptPercent).toBeNull();
  });
});

describe("weekly totals across the couple", () => {
  it("counts each past period in its ISO week, leaves open ones out, and keeps empty weeks", () => {
    const alex = progress(["2026-11-09", "2026-11-10", "2026-11-16", "2026-11-23"], new Map<string, Outcome>([["2026-11-09", "kept"], ["2026-11-10", "partly"]]), "2026-11-23").periods;
    const sam = progress(["2026-11-16"], new Map<string, Outcome>([["2026-11-16", "not-kept"]]), null).periods; // a weekly commitment
    const weeks = weeklyTotals([alex, sam], "2026-11-25", 4);
    expect(weeks).toEqual([
      { week: "2026-11-02", kept: 0, partly: 0, notKept: 0, noCheckIn: 0 },
      { week: "2026-11-09", kept: 1, partly: 1, notKept: 0, noCheckIn: 0 },
      { week: "2026-11-16", kept: 0, partly: 0, notKept: 1, noCheckIn: 1 },
      { week: "2026-11-23", kept: 0, partly: 0, notKept: 0, noCheckIn: 0 },
    ]);
  });

  it("a Sunday belongs to the week that began the Monday before", () => {
    expect(weekOf("2026-11-29")).toBe("2026-11-23");
    expect(weekOf("2026-11-23")).toBe("2026-11-23");
  });
});

describe("calendar weeks", () => {
  it("lays out the last weeks Monday first, with each day's status or null on days without a check-in", () => {
    const periods = progress(["2026-11-17", "2026-11-19", "2026-11-24"], new Map<string, Outcome>([["2026-11-17", "kept"]]), "2026-11-24").periods;
    const calendar = calendarWeeks(periods, "2026-11-24", 2);
    expect(calendar.map((w) => w.week)).toEqual(["2026-11-16", "2026-11-23"]);
    expect(calendar[0]!.days.map((d) => d.status)).toEqual([null, "kept", null, "no-check-in", null, null, null]);
    expect(calendar[1]!.days[1]).toEqual({ date: "2026-11-24", status: "open" });
    expect(calendar[1]!.days[6]!.date).toBe("2026-11-29");
  });
});

describe("paused and ended stretches", () => {
  it("turn pause, resume and end into local-date ranges in the committer's zone", () => {
    const history = [
      { kind: "created", at: new Date("2026-11-01T10:00:00Z") },
      // 23:30 in Los Angeles on the 4th is already the 5th in UTC.
      { kind: "paused", at: new Date("2026-11-05T07:30:00Z") },
      { kind: "paused", at: new Date("2026-11-05T09:00:00Z") },
      { kind: "resumed", at: new Date("2026-11-08T18:00:00Z") },
      { kind: "ended", at: new Date("2026-11-12T18:00:00Z") },
    ];
    expect(inactiveRanges(history, "America/Los_Angeles")).toEqual([
      { from: "2026-11-04", to: "2026-11-08" },
      { from: "2026-11-12", to: null },
    ]);
  });

  it("leave paused days and days after the end out, but never a day that has a check-in", () => {
    const periods = ["2026-11-03", "2026-11-04", "2026-11-05", "2026-11-08", "2026-11-12", "2026-11-13"];
    const ranges = [
      { from: "2026-11-04", to: "2026-11-08" },
      { from: "2026-11-12", to: null },
    ];
    expect(activePeriods(periods, new Set(["2026-11-04"]), ranges)).toEqual(["2026-11-03", "2026-11-04", "2026-11-08"]);
  });
});
