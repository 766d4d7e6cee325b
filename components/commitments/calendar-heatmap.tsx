import { cn } from "@/components/ui/cn";
import { formatDay } from "@/lib/cadence";
import type { PeriodStatus } from "@/server/commitments/periods";

export const OUTCOME_WORDS = { kept: "Kept", partly: "Partly", "not-kept": "Not kept", "no-check-in": "No check-in", open: "Not yet" } as const;
const COLORS: Record<PeriodStatus, string> = {
  kept: "bg-emerald-700",
  partly: "bg-amber-500",
  "not-kept": "bg-stone-600",
  "no-check-in": "bg-white border border-stone-500",
  open: "bg-white border-2 border-dashed border-stone-500",
};
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/**
 * The last weeks as a calendar: one row per week, Monday first, each check-in day coloured by its
 * outcome (and named in text for screen readers). Days with no check-in due stay blank.
 */
export function CalendarHeatmap({ weeks, label }: { weeks: Array<{ week: string; days: Array<{ date: string; status: PeriodStatus | null }> }>; label: string }) {
  return (
    <table className="border-separate border-spacing-1 text-xs" aria-label={label}>
      <thead>
        <tr>
          <th scope="col" className="sr-only">
            Week of
          </th>
          {WEEKDAYS.map((d) => (
            <th key={d} scope="col" className="font-normal text-stone-700">
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.week}>
            <th scope="row" className="sr-only">
              {formatDay(week.week)}
            </th>
            {week.days.map((day) => (
              <td key={day.date} className="p-0">
                <span title={day.status ? `${formatDay(day.date)}: ${OUTCOME_WORDS[day.status]}` : undefined} className={cn("block size-6 rounded", day.status ? COLORS[day.status] : "bg-stone-100")}>
                  <span className="sr-only">{day.status ? OUTCOME_WORDS[day.status] : "—"}</span>
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
