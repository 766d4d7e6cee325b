"use client";

import { Suspense, useEffect, useRef, useState } from "react";
import { LoadBoundary } from "./load-boundary";

/**
 * Renders its children only once its box comes near the screen, so a heavy piece (a chart and its
 * library, a React.lazy component) loads when someone scrolls to it rather than with the page. Whatever must be there for
 * screen readers belongs outside this box.
 */
export function WhenVisible({ className, children }: { className?: string; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      { rootMargin: "200px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div ref={box} className={className} aria-hidden="true">
      {/* A chart that fails to load leaves its box empty: the same figures are in the table or list beside it. */}
      {near ? (
        <LoadBoundary fallback={null}>
          <Suspense fallback={null}>{children}</Suspense>
        </LoadBoundary>
      ) : null}
    </div>
  );
}
