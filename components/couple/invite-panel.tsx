"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { LocalDate } from "@/components/ui/local-date";

interface Created {
  link: string;
  code: string;
  expiresAt: Date;
}

export function InvitePanel({ openInvite }: { openInvite: { expiresAt: Date; expired: boolean } | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Created | null>(null);
  const [copied, setCopied] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.couple.status.pathFilter());

  const create = useMutation(
    trpc.invite.create.mutationOptions({
      onSuccess: (invite) => {
        setCopied(false);
        setCreated({ link: `${window.location.origin}/invite/${invite.token}`, code: invite.code, expiresAt: invite.expiresAt });
        void refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.invite.revoke.mutationOptions({
      onSuccess: () => {
        setCreated(null);
        void refresh();
      },
    }),
  );

  async function copyLink(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <Card className="space-y-4" aria-labelledby="invite-title">
      <h2 id="invite-title" className="text-xl font-semibold">
        Invite your partner
      </h2>
      <p className="text-stone-800">
        Send your partner a private link, or read them the code. It works once and lasts 7 days.
      </p>
      {create.error ? (
        <Notice tone="error" role="alert">
          {create.error.message}
        </Notice>
      ) : null}
      {created ? (
        <div className="space-y-3" data-testid="invite-details">
          <div>
            <p className="font-medium">Invite link</p>
            <p className="break-all rounded-lg bg-stone-100 p-3 font-mono text-sm" data-testid="invite-link">
              {created.link}
            </p>
          </div>
          <div>
            <p className="font-medium">Or the code</p>
            <p className="font-mono text-2xl tracking-widest" data-testid="invite-code">
              {created.code}
            </p>
          </div>
          <p className="text-sm text-stone-700">Open until <LocalDate date={created.expiresAt} />. Only you can see this now; we keep no readable copy.</p>
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => copyLink(created.link)}>{copied ? "Link copied" : "Copy link"}</Button>
            <Button variant="secondary" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
              Cancel this invite
            </Button>
          </div>
        </div>
      ) : (
        <div className="space-y-3">
          {openInvite && !openInvite.expired ? (
            <p className="text-stone-800">
              You have an invite open until <LocalDate date={openInvite.expiresAt} />. Making a new one cancels it.
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => create.mutate()} disabled={create.isPending}>
              {create.isPending ? "Creating…" : "Create an invite"}
            </Button>
            {openInvite && !openInvite.expired ? (
              <Button variant="secondary" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
                Cancel open invite
              </Button>
            ) : null}
          </div>
        </div>
      )}
    </Card>
  );
}
