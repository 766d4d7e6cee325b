"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Leaving needs no one's approval and no reason; the confirm step only guards against a mis-tap. */
export function LeaveCouple({ partnerName }: { partnerName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const confirm = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
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
      <Button variant="danger" aria-haspopup="dialog" onClick={() => confirm.current?.showModal()}>
        Leave shared space
      </Button>
      {/* A native modal dialog: the page behind is inert, focus starts on "Stay", Escape closes it
          and focus returns to the button that opened it. */}
      <dialog
        ref={confirm}
        role="alertdialog"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="m-auto w-[calc(100%-2rem)] max-w-md space-y-4 rounded-2xl bg-white p-6 text-stone-900 shadow-lg backdrop:bg-stone-900/50"
      >
        <h2 id={titleId} className="text-xl font-semibold">
          Leave this shared space?
        </h2>
        <p id={descriptionId} className="text-stone-800">
          The space closes for both of you now and its shared items can’t be opened again. {partnerName} will see a
          short notice that it has closed. You can start a new space later.
        </p>
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={() => confirm.current?.close()}>
            Stay
          </Button>
          <Button
            variant="danger"
            disabled={leave.isPending}
            onClick={() => {
              confirm.current?.close();
              leave.mutate();
            }}
          >
            Yes, leave
          </Button>
        </div>
      </dialog>
    </div>
  );
}
