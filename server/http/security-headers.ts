import type { BrowserRealtimeConfig } from "@/server/realtime/config";

/** Where the browser may open its realtime socket: the embedded server beside the page, or the configured one. */
function realtimeSources(realtime: BrowserRealtimeConfig, pageHost: string): string[] {
  if (realtime.wsHost === null) return ["wss://*.pusher.com", "https://*.pusher.com"];
  const host = realtime.wsHost === "page" ? pageHost : realtime.wsHost;
  const port = realtime.wsPort ? `:${realtime.wsPort}` : "";
  return realtime.forceTLS ? [`wss://${host}${port}`] : [`ws://${host}${port}`, `wss://${host}${port}`];
}

const HOSTNAME = /^(?:[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*|\[[0-9A-Fa-f:.]{2,45}\])$/;

/**
 * The host name the browser used for this page, as the browser's `location.hostname` sees it (the
 * embedded realtime socket opens there). Read from the Host header (X-Forwarded-Host behind a
 * proxy), because the URL Next hands the proxy may name its own bind address instead. Only a
 * well-formed host name is taken, so a forged header cannot add anything to the policy.
 */
export function pageHostFrom(headers: Headers, fallback: string): string {
  const raw = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim();
  const host = raw.startsWith("[") ? raw.slice(0, raw.indexOf("]") + 1) : raw.split(":")[0]!;
  return HOSTNAME.test(host) ? host.toLowerCase() : fallback;
}

/**
 * The Content-Security-Policy for one page response: scripts only with this request's nonce
 * ('strict-dynamic' lets Next's own chunks load), no plugins, no <base>, never framed. Styles
 * allow inline attributes (React's `style`, the chart library); scripts never run inline.
 */
export function contentSecurityPolicy({ nonce, dev, realtime, pageHost }: { nonce: string; dev: boolean; realtime: BrowserRealtimeConfig; pageHost: string }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self' ${realtimeSources(realtime, pageHost).join(" ")}${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** HSTS for production over https: a year, subdomains included. */
export const HSTS = "max-age=31536000; includeSubDomains";

/** A fresh, unguessable nonce per response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}
