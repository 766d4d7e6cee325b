"use client";

import { useSyncExternalStore } from "react";
import { formatDate } from "@/lib/dates";

const noSubscription = () => () => {};

/**
 * A date in the reader's own time zone. The server renders it in UTC; the browser re-renders it in
 * local time right after hydration, without a hydration mismatch.
 */
export function LocalDate({ date }: { date: Date }) {
  const text = useSyncExternalStore(
    noSubscription,
    () => formatDate(date),
    () => formatDate(date, "UTC"),
  );
  return <time dateTime={date.toISOString()}>{text}</time>;
}
