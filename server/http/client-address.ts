/**
 * The client address for per-client limits: the last x-forwarded-for entry, which is the one added
 * by the nearest proxy. Next.js fills the header from the socket only when it is absent, so without
 * a reverse proxy a client can choose this value; the per-account and per-person limits do not
 * depend on it.
 */
export function clientAddressFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? headers.get("x-real-ip") ?? "unknown";
}
