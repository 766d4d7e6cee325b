"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { EndedNotice } from "./ended-notice";
import { InvitePanel } from "./invite-panel";
import { JoinWithCodeForm } from "./join-with-code-form";

export function HomeView({ name }: { name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { data } = useSuspenseQuery(trpc.couple.status.queryOptions());
  // Your partner accepted while this page was open (a realtime event refetched the status).
  useEffect(() => {
    if (data.linked) router.replace("/couple");
  }, [data.linked, router]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Welcome, {name}</h1>
      {data.endedNotice ? <EndedNotice /> : null}
      <p className="text-stone-800">
        Twofold works with two people. When your partner joins, you’ll see each other here and can start working
        together.
      </p>
      <InvitePanel openInvite={data.openInvite} />
      <JoinWithCodeForm />
    </div>
  );
}
