"use client";

import { Suspense, useState } from "react";
import { cn } from "./cn";

/**
 * A native <details> whose content exists only while it is open, so a form inside it (a React.lazy
 * component) loads when someone opens it instead of with the page; "Opening the form…" shows for
 * the moment that takes. Keyboard and screen readers get the browser's own disclosure behaviour.
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
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={cn("cursor-pointer", summaryClassName)}>{summary}</summary>
      {open ? <Suspense fallback={<OpeningForm />}>{typeof children === "function" ? children(() => setOpen(false)) : children}</Suspense> : null}
    </details>
  );
}

/** What a lazily loaded form shows for the moment it takes to arrive. */
export function OpeningForm() {
  return <p className="mt-3 text-sm text-stone-700">Opening the form…</p>;
}
