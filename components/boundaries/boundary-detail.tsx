"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { lazy, useState } from "react";
import { HeldChoice, SupportivePanel } from "@/components/safety/supportive-panel";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LocalDate } from "@/components/ui/local-date";
import { Notice } from "@/components/ui/notice";
import { CATEGORY_LABELS } from "@/server/boundaries/categories";
import { OnDemand } from "@/components/ui/disclosure";

// Loaded when "Propose a change" shows (with react-hook-form, which nothing else here needs).
const BoundaryForm = lazy(() => import("./boundary-form").then((m) => ({ default: m.BoundaryForm })));

export function BoundaryDetail({ boundaryId, partnerName }: { boundaryId: string; partnerName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: b } = useSuspenseQuery(trpc.boundary.get.queryOptions({ boundaryId }));
  const onSettled = () => queryClient.invalidateQueries(trpc.boundary.pathFilter());
  const agree = useMutation(trpc.boundary.agree.mutationOptions({ onSettled }));
  const change = useMutation(trpc.boundary.proposeChange.mutationOptions({ onSettled }));
  const revisit = useMutation(trpc.boundary.requestRevisit.mutationOptions({ onSettled }));
  const retire = useMutation(trpc.boundary.proposeRetire.mutationOptions({ onSettled }));
  const agreeRetire = useMutation(trpc.boundary.agreeToRetire.mutationOptions({ onSettled }));
  const comment = useMutation(trpc.boundary.comment.mutationOptions({ onSettled }));
  const [changing, setChanging] = useState(false);
  const [note, setNote] = useState("");
  // The comment the supportive panel is about, shown to its writer only.
  const [supportFor, setSupportFor] = useState<string | null>(null);
  const latest = b.versions.at(-1)!;
  const name = (by: "you" | "partner" | null) => (by === "you" ? "You" : by === "partner" ? partnerName : "Someone");
  const youConsented = latest.consents.some((c) => c.by === "you");
  const active = b.status !== "retired";
  const ref = { boundaryId, version: b.version, revision: b.revision };
  const error = [agree, change, revisit, retire, agreeRetire].find((m) => m.error)?.error;

  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/boundaries" className="underline underline-offset-4">
          Boundaries
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{latest.title}</h1>
      <p className="text-sm text-stone-700" data-testid="boundary-status">
        {b.status === "agreed" ? `Agreed by you both (version ${b.agreedVersion})` : b.status === "retired" ? "Retired by you both" : "Proposed, not agreed yet"}
        {b.revisitRequestedBy ? ` · ${name(b.revisitRequestedBy)} asked to revisit it` : ""}
      </p>
      {error ? (
        <Notice tone="error" role="alert">
          {error.message}
        </Notice>
      ) : null}

      <Card className="space-y-3" aria-labelledby="latest-title">
        <h2 id="latest-title" className="text-lg font-semibold">
          Version {latest.number} {b.agreedVersion === latest.number ? "(agreed)" : "(being discussed)"}
        </h2>
        <p className="whitespace-pre-wrap">{latest.description}</p>
        <p className="text-sm text-stone-700">
          {CATEGORY_LABELS[latest.category]}
          {latest.reviewOn ? ` · review on ${latest.reviewOn}` : ""} · proposed by {name(latest.proposedBy)}
        </p>
        {active && b.agreedVersion !== latest.number && !youConsented ? (
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => agree.mutate(ref)} disabled={agree.isPending}>
              I agree to this version
            </Button>
            <Button variant="secondary" onClick={() => setChanging(true)}>
              Propose a change
            </Button>
          </div>
        ) : null}
        {active && b.agreedVersion !== latest.number && youConsented ? <p className="text-stone-700">Waiting for {partnerName} to answer.</p> : null}
      </Card>

      {active && (changing || b.agreedVersion === latest.number) ? (
        <Card className="space-y-3" aria-labelledby="change-title">
          <h2 id="change-title" className="text-lg font-semibold">
            Propose a change
          </h2>
          <p className="text-sm text-stone-700">This makes a new version. {b.agreedVersion ? `Version ${b.agreedVersion} stays in force until you both agree to the new one.` : ""}</p>
          <OnDemand>
            <BoundaryForm
              initial={{ title: latest.title, description: latest.description, category: latest.category, reviewOn: latest.reviewOn }}
              submitLabel="Propose this change"
              onSubmit={async (values) => {
                await change.mutateAsync({ ...ref, ...values });
                setChanging(false);
              }}
            />
          </OnDemand>
        </Card>
      ) : null}

      {active && b.status === "agreed" ? (
        <Card className="space-y-3">
          <div className="flex flex-wrap gap-3">
            {!b.revisitRequestedBy ? (
              <Button variant="secondary" onClick={() => revisit.mutate(ref)} disabled={revisit.isPending}>
                Ask to revisit
              </Button>
            ) : null}
            {!b.retireProposedBy ? (
              <Button variant="secondary" onClick={() => retire.mutate(ref)} disabled={retire.isPending}>
                Propose to retire it
              </Button>
            ) : b.retireProposedBy === "partner" ? (
              <Button variant="secondary" onClick={() => agreeRetire.mutate(ref)} disabled={agreeRetire.isPending}>
                Agree to retire it
              </Button>
            ) : (
              <p className="text-stone-700">You proposed to retire it; it stays until {partnerName} agrees.</p>
            )}
          </div>
        </Card>
      ) : null}

      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-lg font-semibold">
          History
        </h2>
        <ol className="space-y-3">
          {b.versions
            .slice()
            .reverse()
            .map((v) => (
              <li key={v.number}>
                <Card className="space-y-2">
                  <p className="font-semibold">
                    Version {v.number}: proposed by {name(v.proposedBy)} on <LocalDate date={v.proposedAt} />
                  </p>
                  <p className="text-sm text-stone-700">
                    {v.consents.length >= 2 ? "Agreed by you both" : "Not agreed by both"} —{" "}
                    {v.consents.map((c) => `${name(c.by)} said yes`).join(", ")}
                  </p>
                  {v.diff ? (
                    <p className="whitespace-pre-wrap" aria-label={`Changes in version ${v.number}`}>
                      {v.diff.map((part, i) =>
                        part.change === "added" ? (
                          <ins key={i} className="bg-emerald-100 text-emerald-950">
                            {part.text}
                          </ins>
                        ) : part.change === "removed" ? (
                          <del key={i} className="bg-rose-100 text-rose-950">
                            {part.text}
                          </del>
                        ) : (
                          <span key={i}>{part.text}</span>
                        ),
                      )}
                    </p>
                  ) : (
                    <p className="whitespace-pre-wrap">{v.description}</p>
                  )}
                </Card>
              </li>
            ))}
        </ol>
      </section>

      <section aria-labelledby="discuss-title" className="space-y-3">
        <h2 id="discuss-title" className="text-lg font-semibold">
          Talk it over
        </h2>
        <ul className="space-y-2">
          {b.comments.map((c) => (
            <li key={c.id} className={c.by === "you" ? "rounded-xl bg-teal-50 p-3" : "rounded-xl bg-amber-50 p-3"}>
              <p className="text-sm font-semibold">{name(c.by)}</p>
              <p className="whitespace-pre-wrap">{c.body}</p>
              {c.hold === "private" ? <p className="text-sm text-stone-700">Only you can see this comment.</p> : null}
              {c.hold === "held" && supportFor !== c.id ? (
                <div className="mt-1 space-y-1">
                  <p className="text-sm text-stone-700">Only you can see this comment for now. Share it, or keep it private?</p>
                  <HeldChoice held={{ kind: "comment", commentId: c.id }} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        {supportFor ? <SupportivePanel held={{ kind: "comment", commentId: supportFor }} partnerName={partnerName} onClose={() => setSupportFor(null)} /> : null}
        {active ? (
          <form
            className="space-y-2"
            onSubmit={(event) => {
              event.preventDefault();
              comment.mutate(
                { boundaryId, body: note },
                {
                  onSuccess: (result) => {
                    setNote("");
                    setSupportFor(result?.supportive ? result.id : null);
                  },
                },
              );
            }}
          >
            <label htmlFor="comment" className="block font-medium">
              Add a comment
            </label>
            <textarea id="comment" className="block min-h-20 w-full rounded-lg border border-stone-500 bg-white p-3" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
            {comment.error ? (
              <p role="alert" className="text-sm text-rose-800">
                {comment.error.message}
              </p>
            ) : null}
            <Button type="submit" variant="secondary" disabled={comment.isPending}>
              Send
            </Button>
          </form>
        ) : null}
      </section>
    </div>
  );
}
