"use client";

import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { MOOD_WORDS, MoodTrend } from "./mood-trend";
import { HeldChoice, SupportivePanel } from "@/components/safety/supportive-panel";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { formatDay } from "@/lib/cadence";
import { FEELINGS, MOOD_NOTE_MAX, type Feeling } from "@/server/wellbeing/fields";


/** Your own check-ins, private by default: sharing is your choice, entry by entry. */
export function PrivateSpace({ partnerName }: { partnerName: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: mine } = useSuspenseQuery(trpc.wellbeing.mine.queryOptions());
  const [mood, setMood] = useState<number | null>(null);
  const [feelings, setFeelings] = useState<Feeling[]>([]);
  const [note, setNote] = useState("");
  const [support, setSupport] = useState<{ id: string; shared: boolean } | null>(null);
  const invalidate = () => queryClient.invalidateQueries(trpc.wellbeing.pathFilter());
  const save = useMutation(
    trpc.wellbeing.save.mutationOptions({
      onSuccess: (result) => {
        setMood(null);
        setFeelings([]);
        setNote("");
        setSupport(result.supportive ? { id: result.id, shared: mine.some((m) => m.id === result.id && m.shared) } : null);
      },
      onSettled: invalidate,
    }),
  );
  const share = useMutation(trpc.wellbeing.share.mutationOptions({ onSettled: invalidate }));
  const unshare = useMutation(trpc.wellbeing.unshare.mutationOptions({ onSettled: invalidate }));
  const error = [save, share, unshare].find((m) => m.error)?.error;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Just for you</h1>
      <p className="text-stone-800">
        A daily check-in for yourself. Everything here is private{partnerName ? ` — ${partnerName} sees an entry only if you share it` : ""}.
      </p>
      {support ? <SupportivePanel held={support.shared ? { kind: "mood", moodId: support.id } : null} partnerName={partnerName ?? "anyone"} onClose={() => setSupport(null)} /> : null}
      <Card className="space-y-4">
        <h2 className="text-xl font-semibold">How are you today?</h2>
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (mood === null) return;
            save.mutate({ mood, feelings, note: note || undefined, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
          }}
        >
          <fieldset className="space-y-1">
            <legend className="font-medium">Mood</legend>
            <div className="flex flex-wrap gap-x-4">
              {([1, 2, 3, 4, 5] as const).map((value) => (
                <label key={value} className="flex min-h-11 items-center gap-2">
                  <input type="radio" name="mood" className="size-5" checked={mood === value} onChange={() => setMood(value)} />
                  {value} · {MOOD_WORDS[value]}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="space-y-1">
            <legend className="font-medium">Feelings (any that fit)</legend>
            <div className="flex flex-wrap gap-x-4">
              {FEELINGS.map((feeling) => (
                <label key={feeling} className="flex min-h-11 items-center gap-2">
                  <input
                    type="checkbox"
                    className="size-5"
                    checked={feelings.includes(feeling)}
                    onChange={(e) => setFeelings(e.target.checked ? [...feelings, feeling] : feelings.filter((f) => f !== feeling))}
                  />
                  {feeling}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="space-y-1">
            <label htmlFor="mood-note" className="block font-medium">
              A note (optional)
            </label>
            <textarea id="mood-note" className="block min-h-20 w-full rounded-lg border border-stone-500 bg-white p-3" maxLength={MOOD_NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <Button type="submit" disabled={save.isPending || mood === null}>
            Save for today
          </Button>
          {mood === null ? <p className="text-sm text-stone-700">Choose a mood to save.</p> : null}
        </form>
      </Card>
      {error ? (
        <Notice tone="error" role="alert">
          {error.message}
        </Notice>
      ) : null}
      {mine.length > 0 ? (
        <section aria-labelledby="mine-title" className="space-y-2">
          <h2 id="mine-title" className="text-xl font-semibold">
            Your recent days
          </h2>
          <ul className="space-y-2" aria-label="Your check-ins">
            {mine.map((m) => (
              <li key={m.id} className="space-y-1 rounded-xl border border-stone-200 bg-white p-3">
                <p className="font-medium">
                  {formatDay(m.day)} · {m.mood} · {MOOD_WORDS[m.mood as keyof typeof MOOD_WORDS]}
                </p>
                {m.feelings.length ? <p className="text-sm text-stone-800">{m.feelings.join(", ")}</p> : null}
                {m.note ? <p className="whitespace-pre-wrap">{m.note}</p> : null}
                <p className="text-sm text-stone-700">{m.shared ? `Shared with ${partnerName ?? "your couple"}` : "Only you"}</p>
                {m.shared && m.note && m.noteHold === "held" && support?.id !== m.id ? (
                  <div className="space-y-1">
                    <p className="text-sm text-stone-700">The note stays with you for now. Share it, or keep it private?</p>
                    <HeldChoice held={{ kind: "mood", moodId: m.id }} />
                  </div>
                ) : null}
                {m.shared ? (
                  <Button variant="quiet" disabled={unshare.isPending} onClick={() => unshare.mutate({ id: m.id })}>
                    Make private again
                  </Button>
                ) : partnerName ? (
                  <Button variant="quiet" disabled={share.isPending} onClick={() => share.mutate({ id: m.id })}>
                    Share with {partnerName}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {partnerName ? <SharedMoodTrend partnerName={partnerName} /> : null}
      <Card className="space-y-2">
        <h2 className="text-xl font-semibold">A private safety check</h2>
        <p className="text-stone-800">A few questions about feeling safe, for you alone. Nobody is told you took it.</p>
        <Link href="/safety-check" className="font-medium text-teal-900 underline underline-offset-4">
          Take the safety check
        </Link>
      </Card>
    </div>
  );
}

/** Both partners' shared entries over time; a private entry never appears here. */
function SharedMoodTrend({ partnerName }: { partnerName: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.wellbeing.shared.queryOptions());
  if (!data) return null;
  return <MoodTrend title="Shared moods" people={["You", partnerName]} entries={data.map((d) => ({ key: d.id, day: d.day, who: d.by === "you" ? "You" : partnerName, mood: d.mood }))} />;
}
