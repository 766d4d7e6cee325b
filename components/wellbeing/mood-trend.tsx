"use client";

import { lazy } from "react";
import { WhenVisible } from "@/components/ui/when-visible";
import { formatDay } from "@/lib/cadence";

export const MOOD_WORDS = { 1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good" } as const;

// Recharts is about 105 kB: it loads when the chart is scrolled to, never with the page.
const MoodTrendChart = lazy(() => import("./mood-trend-chart"));

/**
 * Shared moods over time, one line per person (Recharts). The same figures are in a list for screen
 * readers, rendered at once; the chart itself is hidden from them.
 */
export function MoodTrend({ title, people, entries }: { title: string; people: [string, string]; entries: Array<{ key: string; day: string; who: string; mood: number }> }) {
  if (entries.length === 0) return null;
  const days = [...new Set(entries.map((d) => d.day))].sort();
  const rows = days.map((day) => ({
    day: formatDay(day),
    first: entries.find((d) => d.day === day && d.who === people[0])?.mood ?? null,
    second: entries.find((d) => d.day === day && d.who === people[1])?.mood ?? null,
  }));
  return (
    <figure className="space-y-2" aria-label={title}>
      <figcaption className="text-xl font-semibold">{title}</figcaption>
      <WhenVisible className="h-56 w-full">
        <MoodTrendChart people={people} rows={rows} />
      </WhenVisible>
      <ul className="sr-only">
        {entries.map((d) => (
          <li key={d.key}>
            {formatDay(d.day)}: {d.who}, {d.mood} ({MOOD_WORDS[d.mood as keyof typeof MOOD_WORDS]})
          </li>
        ))}
      </ul>
    </figure>
  );
}
