"use client";

import { Suspense, useId, useState } from "react";
import { Card } from "./card";
import { cn } from "./cn";
import { FormDidNotLoad, LoadBoundary } from "./load-boundary";

/**
 * A native <details> whose content exists only while it is open, so a form inside it (a React.lazy
 * component) loads when someone opens it instead of with the page. Keyboard and screen readers get
 * the browser's own disclosure behaviour; when the form folds itself away, focus goes back to the
 * summary rather than being lost.
 */
export function Disclosure({
  summary,
  defaultOpen = false,
  summaryClassName,
  children,
}: {
  summary: React.ReactNode;
  defaultOpen?: boolean;
  summaryClassName?: string;
  /** Or a function given `close`, for a form that folds itself away once saved. */
  children: React.ReactNode | ((close: () => void) => React.ReactNode);
}) {
  const [open, setOpen] = useState(defaultOpen);
  const summaryId = useId();
  const close = () => {
    setOpen(false);
    document.getElementById(summaryId)?.focus();
  };
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary id={summaryId} className={cn("cursor-pointer", summaryClassName)}>
        {summary}
      </summary>
      {open ? <OnDemand>{typeof children === "function" ? children(close) : children}</OnDemand> : null}
    </details>
  );
}

/** A card whose heading opens the form under it: "Make a commitment", "Propose a boundary". */
export function DisclosureCard({ title, defaultOpen, children }: { title: string; defaultOpen?: boolean; children: React.ReactNode }) {
  const titleId = useId();
  return (
    <Card aria-labelledby={titleId}>
      <Disclosure
        summary={
          <h2 id={titleId} className="inline text-xl font-semibold">
            {title}
          </h2>
        }
        defaultOpen={defaultOpen}
      >
        <div className="mt-3 space-y-3">{children}</div>
      </Disclosure>
    </Card>
  );
}

/** Around a form fetched on demand: "Opening the form…" while it arrives, a way on if it can't. */
export function OnDemand({ children }: { children: React.ReactNode }) {
  return (
    <LoadBoundary fallback={<FormDidNotLoad />}>
      <Suspense fallback={<p className="mt-3 text-sm text-stone-700">Opening the form…</p>}>{children}</Suspense>
    </LoadBoundary>
  );
}
