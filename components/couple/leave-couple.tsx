"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Leaving needs no one's approval and no reason; the confirm step only guards against a mis-tap. */
export function LeaveCouple({ partnerName }: { partnerName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const leave = useMutation(
    trpc.couple.leave.mutationOptions({
      onSuccess: () => {
        router.push("/home");
        router.refresh();
      },
    }),
  );
  return (
    <div className="space-y-3">
      <p className="text-stone-800">
        You can leave the space you share with {partnerName} at any time, on your own. It closes for both of you straight
        away. You don’t need to give a reason.
      </p>
      {leave.error ? (
        <Notice tone="error" role="alert">
          {leave.error.message}
        </Notice>
      ) : null}
      <AlertDialog.Root>
        <AlertDialog.Trigger asChild>
          <Button variant="danger">Leave shared space</Button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 bg-stone-900/50" />
          <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-2xl bg-white p-6 shadow-lg">
            <AlertDialog.Title className="text-xl font-semibold">Leave this shared space?</AlertDialog.Title>
            <AlertDialog.Description className="text-stone-800">
              The space closes for both of you now and its shared items can’t be opened again. {partnerName} will see a
              short notice that it has closed. You can start a new space later.
            </AlertDialog.Description>
            <div className="flex flex-wrap justify-end gap-3">
              <AlertDialog.Cancel asChild>
                <Button variant="secondary">Stay</Button>
              </AlertDialog.Cancel>
              <AlertDialog.Action asChild>
                <Button variant="danger" onClick={() => leave.mutate()} disabled={leave.isPending}>
                  Yes, leave
                </Button>
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </div>
  );
}
