"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { signOutAction } from "@/server/auth/actions";

export function SignOutEverywhere() {
  const trpc = useTRPC();
  const endAll = useMutation(trpc.account.signOutEverywhere.mutationOptions({ onSuccess: () => signOutAction() }));
  return (
    <div className="space-y-3">
      <p className="text-stone-800">
        If you signed in on a phone or computer that someone else can use, this signs you out there too — on every
        device, including this one.
      </p>
      {endAll.error ? (
        <Notice tone="error" role="alert">
          {endAll.error.message}
        </Notice>
      ) : null}
      <Button variant="secondary" onClick={() => endAll.mutate()} disabled={endAll.isPending}>
        Sign out of every device
      </Button>
    </div>
  );
}
