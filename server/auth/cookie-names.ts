/**
 * Auth.js's session cookie names: the `__Secure-` one is set over https, the plain one over http.
 * Each name is also the JWT's salt. (No imports: the proxy reads these too.)
 */
export const SESSION_COOKIE = { secure: "__Secure-authjs.session-token", plain: "authjs.session-token" } as const;

/** The one cookie Auth.js reads for a request, over https or not. */
export function sessionCookieName(secure: boolean) {
  return secure ? SESSION_COOKIE.secure : SESSION_COOKIE.plain;
}
