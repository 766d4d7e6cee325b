"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/client";
import { Card } from "@/components/ui/card";
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
      <Card className="space-y-2">
        <h2 className="text-xl font-semibold">Just for you</h2>
        <p className="text-stone-800">
          A private daily check-in, and a short safety check that nobody else ever sees.{" "}
          <Link href="/safety-check" className="font-medium text-teal-900 underline underline-offset-4">
            Take the safety check
          </Link>
        </p>
      </Card>
      <InvitePanel openInvite={data.openInvite} />
      <JoinWithCodeForm />
    </div>
  );
}
