"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Neutral on purpose: it never says who closed the space or why. */
export function EndedNotice() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dismiss = useMutation(
    trpc.couple.dismissEndedNotice.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.couple.status.pathFilter()),
    }),
  );
  return (
    <Notice tone="gentle" role="status" aria-labelledby="ended-notice-title" className="space-y-3">
      <h2 id="ended-notice-title" className="font-semibold">
        Your shared space has closed
      </h2>
      <p>
        The space you shared with your partner is no longer open, and what you shared there can no longer be viewed. You
        can start a new shared space whenever you feel ready.
      </p>
      <Button variant="secondary" onClick={() => dismiss.mutate()} disabled={dismiss.isPending}>
        Okay
      </Button>
    </Notice>
  );
}
