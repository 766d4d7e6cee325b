"use client";

import { Component, type ReactNode } from "react";

/**
 * Catches a part of the page that failed to load (a form or a chart fetched on demand, on a phone
 * whose connection dropped), so that part alone shows `fallback` instead of the whole app giving
 * way to the failure page. React.lazy remembers a failed import, so trying again means a reload.
 */
export class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** What a form that could not load says, with the way to try again. */
export function FormDidNotLoad() {
  return (
    <p role="alert" className="mt-3 text-stone-800">
      The form couldn&apos;t load. Check your connection, then{" "}
      <button type="button" className="font-medium text-teal-900 underline underline-offset-4" onClick={() => window.location.reload()}>
        reload the page
      </button>
      .
    </p>
  );
}
