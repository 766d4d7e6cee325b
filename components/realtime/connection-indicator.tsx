"use client";

import { cn } from "@/components/ui/cn";
import { useConnectionState } from "./realtime-provider";

const LABELS = {
  live: "Live",
  reconnecting: "Reconnecting…",
  offline: "Offline – changes show when you refresh",
} as const;

export function ConnectionIndicator() {
  const state = useConnectionState();
  if (!state) return null;
  return (
    <p role="status" aria-live="polite" data-testid="connection-state" data-state={state} className="flex items-center gap-2 text-sm text-stone-800">
      <span
        aria-hidden="true"
        className={cn("inline-block size-2.5 rounded-full", state === "live" ? "bg-emerald-600" : state === "reconnecting" ? "bg-amber-500" : "bg-stone-500")}
      />
      {LABELS[state]}
    </p>
  );
}
