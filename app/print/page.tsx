import type { Metadata } from "next";
import { prefetchCouplePage, trpc } from "@/app/_trpc/server";
import { PrintButton } from "@/components/agreements/print-button";
import { LocalDate } from "@/components/ui/local-date";
import { describeCadence, formatDay } from "@/lib/cadence";
import { requireViewer } from "@/server/auth/guards";
import { CATEGORY_LABELS } from "@/server/boundaries/categories";

export const metadata: Metadata = { title: "Our agreements (printable)" };

/**
 * What is in place right now — the agreed wording of each boundary and the active commitments —
 * laid out for paper: "Save as PDF" in the browser gives a clean document for a therapy session.
 */
export default async function PrintPage() {
  const viewer = await requireViewer("/print");
  const { couple, page } = await prefetchCouplePage(async (qc) => ({
    couple: await qc.fetchQuery(trpc.couple.get.queryOptions()),
    page: await qc.fetchQuery(trpc.agreements.printable.queryOptions()),
  }));
  const names = { you: viewer.user.name, partner: couple.partner.name };
  const printedOn = new Date();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">
          Our agreements — {names.you} &amp; {names.partner}
        </h1>
        <p className="text-stone-800">
          As of <LocalDate date={printedOn} />. Only what you have both agreed to, and the commitments each of you is keeping now.
        </p>
        <div className="flex flex-wrap gap-3 print:hidden">
          <PrintButton />
        </div>
      </div>

      <section aria-labelledby="print-boundaries" className="space-y-3">
        <h2 id="print-boundaries" className="text-xl font-semibold">
          Boundaries we have agreed
        </h2>
        {page.boundaries.length === 0 ? <p className="text-stone-700">None agreed yet.</p> : null}
        <ol className="space-y-4">
          {page.boundaries.map((b) => (
            <li key={b.id} className="border-l-4 border-teal-800 pl-4">
              <h3 className="text-lg font-semibold">{b.title}</h3>
              <p className="text-sm text-stone-700">
                {CATEGORY_LABELS[b.category]} · version {b.version}
                {b.agreedAt ? (
                  <>
                    {" "}
                    · agreed by both on <LocalDate date={b.agreedAt} />
                  </>
                ) : null}
                {b.reviewOn ? ` · review on ${formatDay(b.reviewOn)}` : ""}
                {b.revisitRequested ? " · a revisit has been asked for" : ""}
              </p>
              <p className="whitespace-pre-line">{b.description}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="print-commitments" className="space-y-3">
        <h2 id="print-commitments" className="text-xl font-semibold">
          Commitments we are keeping
        </h2>
        {page.commitments.length === 0 ? <p className="text-stone-700">No active commitments.</p> : null}
        <ol className="space-y-4">
          {page.commitments.map((c) => (
            <li key={c.id} className="border-l-4 border-stone-500 pl-4">
              <h3 className="text-lg font-semibold">{c.what}</h3>
              <p className="text-sm text-stone-700">
                {c.owner === "you" ? names.you : names.partner}&apos;s commitment · {describeCadence(c.cadence)} · since {formatDay(c.startOn)}
                {c.endOn ? ` · until ${formatDay(c.endOn)}` : ""}
              </p>
              {c.why ? <p className="whitespace-pre-line">{c.why}</p> : null}
              <p>Check-in question: {c.question}</p>
              <p className="text-sm text-stone-800">
                {c.progress.keptPercent === null ? "No check-ins yet." : `Kept ${c.progress.keptPercent}% of check-in days.`} Current run {c.progress.currentRun}, longest {c.progress.longestRun}.
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
