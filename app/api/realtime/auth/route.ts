import { getDb } from "@/db";
import { getViewer } from "@/server/auth/viewer";
import { isSameOriginOrNone } from "@/server/http/same-origin";
import { authorizeChannel } from "@/server/realtime/authorize";

export const dynamic = "force-dynamic";

/** pusher-js channel authorization: 403 for anyone who may not listen on that channel. */
export async function POST(request: Request) {
  if (!isSameOriginOrNone(request)) return Response.json({ error: "Cross-site request refused" }, { status: 403 });

  const form = await request.formData().catch(() => null);
  const socketId = form?.get("socket_id");
  const channel = form?.get("channel_name");
  if (typeof socketId !== "string" || typeof channel !== "string") {
    return Response.json({ error: "socket_id and channel_name are required" }, { status: 400 });
  }
  const auth = await authorizeChannel(await getDb(), await getViewer(), socketId, channel);
  if (!auth) return Response.json({ error: "Not allowed on this channel" }, { status: 403 });
  return Response.json(auth);
}
