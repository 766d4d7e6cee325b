"use client";

import { lazy } from "react";
import { WhenVisible } from "@/components/ui/when-visible";
import { formatDay } from "@/lib/cadence";
import type { WeekTotals } from "@/server/commitments/periods";

const SERIES = [
  { key: "kept", label: "Kept", color: "#047857" },
  { key: "partly", label: "Partly", color: "#d97706" },
  { key: "notKept", label: "Not kept", color: "#57534e" },
  { key: "noCheckIn", label: "No check-in", color: "#d6d3d1" },
] as const;

// Recharts is about 105 kB: it loads when the chart is scrolled to, never with the page.
const WeeklyTrendChart = lazy(() => import("./weekly-trend-chart"));

/**
 * Check-in days per week across both of you, stacked by outcome (Recharts). The same figures are
 * in a table for screen readers and keyboard users, rendered at once; nobody is scored against anyone.
 */
export function WeeklyTrend({ weeks }: { weeks: WeekTotals[] }) {
  const anything = weeks.some((w) => w.kept + w.partly + w.notKept + w.noCheckIn > 0);
  return (
    <figure className="space-y-2" aria-labelledby="trend-caption">
      <figcaption id="trend-caption" className="font-medium">
        Check-in days per week, both of you together
      </figcaption>
      {anything ? (
        <WhenVisible className="h-56 w-full">
          <WeeklyTrendChart weeks={weeks} series={SERIES} />
        </WhenVisible>
      ) : (
        <p className="text-stone-700">No check-in days in these weeks yet.</p>
      )}
      <details>
        <summary className="cursor-pointer text-teal-900 underline underline-offset-4">Show as a table</summary>
        <table className="mt-2 w-full text-left text-sm" data-testid="trend-table">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {SERIES.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row" className="font-normal">
                  {formatDay(w.week)}
                </th>
                {SERIES.map((s) => (
                  <td key={s.key}>{w[s.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
