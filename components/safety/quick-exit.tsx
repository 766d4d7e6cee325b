"use client";

import { useEffect } from "react";

/** A neutral page with nothing to do with relationships (the GOV.UK "Exit this page" pattern). */
export const NEUTRAL_URL = "https://www.bbc.co.uk/weather";

/**
 * One history entry per tab: every in-app navigation replaces the current entry instead of adding
 * one, so once "Exit" replaces that entry too, the Back button has no Twofold page to return to.
 * (The App Router navigates with history.pushState; routing it to replaceState keeps its state.)
 */
if (typeof window !== "undefined") {
  const marker = window as unknown as { __twofoldHistoryGuard?: boolean };
  if (!marker.__twofoldHistoryGuard) {
    marker.__twofoldHistoryGuard = true;
    const replace = window.history.replaceState.bind(window.history);
    window.history.pushState = (data: unknown, unused: string, url?: string | URL | null) => replace(data, unused, url);
  }
}

function exitNow() {
  window.location.replace(NEUTRAL_URL);
}

/**
 * "Exit" — first in the tab order on every page, and Esc pressed three times (within two
 * seconds). It leaves at once, for a neutral site, with no way Back.
 */
export function QuickExit() {
  useEffect(() => {
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = event.timeStamp;
      presses = [...presses.filter((t) => now - t < 2_000), now];
      if (presses.length >= 3) exitNow();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <a
      href={NEUTRAL_URL}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        exitNow();
      }}
      className="fixed right-2 bottom-2 z-50 rounded-full bg-stone-900 px-4 py-2.5 text-base font-semibold text-white shadow-lg hover:bg-black focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500 print:hidden"
      aria-label="Exit this page now (or press Escape three times)"
      data-testid="quick-exit"
    >
      Exit
    </a>
  );
}
