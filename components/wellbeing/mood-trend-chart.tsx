"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";

const COLORS = ["#115e59", "#b45309"];

/** The chart half of MoodTrend (Recharts, loaded when scrolled to); the list there has the same figures. */
export default function MoodTrendChart({ people, rows }: { people: [string, string]; rows: Array<{ day: string; first: number | null; second: number | null }> }) {
  return (
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
  );
}
