"use client";

import { QuickExit } from "@/components/safety/quick-exit";
import "./globals.css";

/**
 * When even the layout can't render. It replaces Next's default error screen, which offered no help
 * and no way out: here, as on every page, crisis help and Exit are one tap away. The error's message
 * is never shown (it could hold someone's words); nothing here blames the reader.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-stone-50 font-sans text-stone-900 antialiased">
        <QuickExit />
        <main className="mx-auto max-w-2xl space-y-4 px-4 py-10">
          <h1 className="text-2xl font-semibold">Something went wrong on our side</h1>
          <p>It isn&apos;t anything you did. Please try again in a moment.</p>
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={reset} className="rounded-full bg-teal-800 px-4 py-2 font-semibold text-white hover:bg-teal-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500">
              Try again
            </button>
            {/* A plain link: a full page load, with nothing of the broken page kept. */}
            <a href="/help" className="rounded-full bg-rose-800 px-4 py-2 font-semibold text-white hover:bg-rose-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500">
              Get help now
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
