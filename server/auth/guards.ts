import "server-only";
import { redirect } from "next/navigation";
import { getViewer } from "./viewer";

/** For signed-in pages: the viewer, or a redirect to sign in that comes back here afterwards. */
export async function requireViewer(returnTo: string) {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}
