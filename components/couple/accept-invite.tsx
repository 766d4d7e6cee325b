"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export function AcceptInvite({ token, inviterName }: { token: string; inviterName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invite.accept.mutationOptions({ onSuccess: () => router.push("/couple") }));
  return (
    <div className="space-y-3">
      {accept.error ? (
        <Notice tone="error" role="alert">
          {accept.error.message}
        </Notice>
      ) : null}
      <Button onClick={() => accept.mutate({ token })} disabled={accept.isPending}>
        {accept.isPending ? "Linking…" : `Link with ${inviterName}`}
      </Button>
    </div>
  );
}
