"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** The therapist accepts a couple's invitation; they see nothing until both partners consent. */
export function AcceptCareInvite({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.therapist.accept.mutationOptions({ onSuccess: () => router.push("/therapist") }));
  return (
    <div className="space-y-3">
      {accept.error ? (
        <Notice tone="error" role="alert">
          {accept.error.message}
        </Notice>
      ) : null}
      <Button onClick={() => accept.mutate({ token })} disabled={accept.isPending}>
        {accept.isPending ? "Accepting…" : "Accept the invitation"}
      </Button>
    </div>
  );
}
