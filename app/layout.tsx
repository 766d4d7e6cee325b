import type { Metadata, Viewport } from "next";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { SiteHeader } from "@/components/layout/site-header";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { QuickExit } from "@/components/safety/quick-exit";
import { getViewer } from "@/server/auth/viewer";
import { browserRealtimeConfig } from "@/server/realtime/config";
import { userChannel } from "@/server/realtime/events";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Twofold", template: "%s · Twofold" },
  description: "A calm shared space for two partners.",
  referrer: "no-referrer",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  const status = viewer ? await getQueryClient().fetchQuery(trpc.couple.status.queryOptions()) : null;
  const page = (
    <>
      <SiteHeader viewer={viewer} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-6 sm:py-10">
        {children}
      </main>
    </>
  );
  return (
    <html lang="en">
      <body className="min-h-dvh pb-16 font-sans antialiased">
        {/* First in the tab order, on every page. */}
        <QuickExit />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <TRPCReactProvider>
          {viewer ? (
            <RealtimeProvider config={browserRealtimeConfig()} personalChannel={userChannel(viewer.user.id, viewer.realtimeEpoch)} coupleId={status?.coupleId ?? null}>
              {page}
            </RealtimeProvider>
          ) : (
            page
          )}
        </TRPCReactProvider>
      </body>
    </html>
  );
}
