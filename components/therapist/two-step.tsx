"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";

/** Turning on two-step sign-in: scan the code (or type the key), then confirm with one code. */
export function TwoStepSetup({ next }: { next: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const { data: me } = useSuspenseQuery(trpc.therapist.me.queryOptions());
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const refresh = () => queryClient.invalidateQueries(trpc.therapist.me.pathFilter());
  const start = useMutation(trpc.therapist.twoStep.start.mutationOptions());
  const router = useRouter();
  const confirm = useMutation(
    trpc.therapist.twoStep.confirm.mutationOptions({
      onSuccess: () => {
        setCode("");
        start.reset();
        void refresh();
        // Back to what needed it (an invitation, say).
        if (next) router.push(next);
      },
    }),
  );
  const disable = useMutation(trpc.therapist.twoStep.disable.mutationOptions({ onSuccess: () => (setCode(""), setPassword(""), void refresh()) }));

  if (me.twoStep) {
    return (
      <div className="space-y-3">
        <p className="font-medium" role="status">
          Two-step sign-in is on. Each sign-in asks for a code from your authenticator app.
        </p>
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            disable.mutate({ password, code });
          }}
        >
          <p className="text-stone-800">To turn it off, enter your password and a current code.</p>
          <label htmlFor={`${id}-pw`} className="block font-medium">
            Password
          </label>
          <Input id={`${id}-pw`} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          <label htmlFor={`${id}-off`} className="block font-medium">
            Code
          </label>
          <Input id={`${id}-off`} inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />
          {disable.error ? <Notice tone="error" role="alert">{disable.error.message}</Notice> : null}
          <Button type="submit" variant="secondary" disabled={disable.isPending}>
            Turn off two-step sign-in
          </Button>
        </form>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <p className="text-stone-800">
        You hold several couples&apos; private progress, so Twofold asks therapists for two-step sign-in before any couple&apos;s progress opens. Your password alone is then not enough. You need an authenticator app on your phone.
      </p>
      {!start.data ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            start.mutate({ password });
          }}
        >
          <label htmlFor={`${id}-start-pw`} className="block font-medium">
            Your password
          </label>
          <Input id={`${id}-start-pw`} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          <Button type="submit" disabled={start.isPending}>
            Set up two-step sign-in
          </Button>
        </form>
      ) : (
        <div className="space-y-3">
          <p>Scan this with an authenticator app, or type the key into it.</p>
          {/* An image, never inline markup: the SVG can't run anything even if it were tampered with. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- a one-off data URL, nothing for next/image to optimise */}
          <img className="w-48" alt="QR code for your authenticator app" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(start.data.qrSvg)}`} />
          <p className="break-all font-mono text-sm" data-testid="totp-secret">
            {start.data.secret}
          </p>
          <form
            className="space-y-2"
            onSubmit={(e) => {
              e.preventDefault();
              confirm.mutate({ code });
            }}
          >
            <label htmlFor={`${id}-code`} className="block font-medium">
              Code from the app
            </label>
            <Input id={`${id}-code`} inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />
            {confirm.error ? <Notice tone="error" role="alert">{confirm.error.message}</Notice> : null}
            <Button type="submit" disabled={confirm.isPending}>
              Turn it on
            </Button>
          </form>
        </div>
      )}
      {start.error ? <Notice tone="error" role="alert">{start.error.message}</Notice> : null}
    </div>
  );
}
