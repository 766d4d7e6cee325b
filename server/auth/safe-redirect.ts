/**
 * Only same-site paths: an invite or sign-in link must not send anyone to another site. Browsers
 * drop tabs and newlines from URLs ("/\t/evil.example" becomes "//evil.example"), so any control
 * character is refused too.
 */
export function safeRedirectPath(value: unknown, fallback = "/home"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  if (value.startsWith("//")) return fallback;
  try {
    const resolved = new URL(value, "http://twofold.invalid");
    return resolved.host === "twofold.invalid" ? `${resolved.pathname}${resolved.search}${resolved.hash}` : fallback;
  } catch {
    return fallback;
  }
}
