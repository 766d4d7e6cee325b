/** True when the request's Origin header (if any) is this site. `Origin: null` is not. */
export function isSameOriginOrNone(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * CSRF defence for the tRPC endpoint (ASVS 3.5): the fetch adapter accepts form-encoded posts, so a
 * mutation must be JSON, and a browser-sent Origin and Sec-Fetch-Site must say this site.
 */
export function isCrossSiteMutation(request: Request): boolean {
  if (request.method !== "POST") return false;
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json")) return true;
  // Browsers say where a request came from; only this site (or a typed-in address) may post.
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  return !isSameOriginOrNone(request);
}
