"use client";

import { QuickExit } from "@/components/safety/quick-exit";
import { EmergencyNumberLinks } from "@/components/safety/emergency-number-links";
import "./globals.css";

// Plain styles: the browser's own focus ring, and the page colours from globals.css.
const pill = "rounded-full px-4 py-2 font-semibold text-white";

/**
 * When even the layout can't render. It replaces Next's default error screen, which offered no help
 * and no way out: here, as on every page, crisis help and Exit are one tap away. The emergency
 * numbers are on the page itself, because /help shares the layout that just failed (most likely the
 * database is away) and may fail the same way. The error's message is never shown (it could hold
 * someone's words); nothing here blames the reader.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Twofold</title>
      </head>
      <body>
        <QuickExit />
        <main className="mx-auto max-w-2xl space-y-4 p-4">
          <h1 className="text-2xl font-semibold">Something went wrong on our side</h1>
          <p>It isn&apos;t anything you did. Please try again in a moment.</p>
          <h2 className="font-semibold">If you or someone else is in immediate danger, call your local emergency number:</h2>
          <EmergencyNumberLinks />
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={reset} className={`${pill} bg-teal-800`}>
              Try again
            </button>
            {/* A plain link: a full page load, with nothing of the broken page kept (it may fail too). */}
            <a href="/help" className={`${pill} bg-rose-800`}>
              Get help now
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
