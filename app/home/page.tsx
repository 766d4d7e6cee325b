import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { HomeView } from "@/components/couple/home-view";
import { requireViewer } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const viewer = await requireViewer("/home");
  if (viewer.user.role === "therapist") redirect("/therapist");
  const status = await getQueryClient().fetchQuery(trpc.couple.status.queryOptions());
  if (status.linked) redirect("/couple");
  return (
    <HydrateClient>
      <HomeView name={viewer.user.name} />
    </HydrateClient>
  );
}
