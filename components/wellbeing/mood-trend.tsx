"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { formatDay } from "@/lib/cadence";

export const MOOD_WORDS = { 1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good" } as const;
const COLORS = ["#115e59", "#b45309"];

/**
 * Shared moods over time, one line per person (Recharts). The same figures are in a list for screen
 * readers; the chart itself is hidden from them.
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
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -24 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
            <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 12 }} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Line dataKey="first" name={people[0]} stroke={COLORS[0]} connectNulls isAnimationActive={false} />
            <Line dataKey="second" name={people[1]} stroke={COLORS[1]} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
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
