"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const format = (date: Date, timeZone?: string) =>
  new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit", weekday: "short", ...(timeZone ? { timeZone, timeZoneName: "short" } : {}) }).format(date);

/** A time of day in the reader's zone ("Mon 8:40 PM"); UTC on the server, local after hydration. */
export function LocalTime({ date }: { date: Date }) {
  const text = useSyncExternalStore(noSubscription, () => format(date), () => format(date, "UTC"));
  return <time dateTime={date.toISOString()}>{text}</time>;
}
