import Link from "next/link";
import { ConnectionIndicator } from "@/components/realtime/connection-indicator";
import { signOutAction } from "@/server/auth/actions";
import type { Viewer } from "@/server/auth/sessions";

const NAV = [
  { href: "/home", label: "Home" },
  { href: "/exercises", label: "Exercises" },
  { href: "/boundaries", label: "Boundaries" },
  { href: "/commitments", label: "Commitments" },
  { href: "/timeline", label: "Timeline" },
  { href: "/private", label: "Just for you" },
  { href: "/therapist-access", label: "Therapist" },
  { href: "/settings", label: "Settings" },
] as const;

const THERAPIST_NAV = [
  { href: "/therapist", label: "Couples" },
  { href: "/therapist/security", label: "Two-step sign-in" },
  { href: "/settings", label: "Settings" },
] as const;

/** On every page, signed in or not: crisis help is always one tap away. */
export function SiteHeader({ viewer }: { viewer: Viewer | null }) {
  return (
    <header className="border-b border-stone-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={viewer ? (viewer.user.role === "therapist" ? "/therapist" : "/home") : "/"} className="text-lg font-semibold text-teal-900">
          Twofold
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          {viewer ? (
            <>
              <ConnectionIndicator />
              {(viewer.user.role === "therapist" ? THERAPIST_NAV : NAV).map(({ href, label }) => (
                <Link key={href} href={href} className="text-stone-800 underline-offset-4 hover:underline">
                  {label}
                </Link>
              ))}
              <form action={signOutAction}>
                <button type="submit" className="text-stone-800 underline-offset-4 hover:underline">
                  Sign out
                </button>
              </form>
            </>
          ) : null}
          <Link
            href="/help"
            className="rounded-full bg-rose-800 px-3 py-1.5 font-semibold text-white hover:bg-rose-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
          >
            Get help now
          </Link>
        </nav>
      </div>
    </header>
  );
}
