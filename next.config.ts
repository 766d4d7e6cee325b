import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { HSTS } from "./server/http/security-headers";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// Every API response: never cached, and HSTS outside development. (Pages get theirs from proxy.ts,
// which the API skips: it cost each request more than half a millisecond.)
const apiHeaders = (development: boolean) => [{ key: "Cache-Control", value: "no-store" }, ...(development ? [] : [{ key: "Strict-Transport-Security", value: HSTS }])];

const nextConfig = (phase: string): NextConfig => ({
  // Native, WASM or dynamically-importing packages run from node_modules rather than the bundle:
  // PGlite loads its WASM and data files from its own folder, argon2 is a native addon, and
  // rate-limiter-flexible imports drizzle-orm at run time (it must be the same copy we use).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "drizzle-orm", "rate-limiter-flexible"],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: apiHeaders(phase === PHASE_DEVELOPMENT_SERVER) },
    ];
  },
});

export default nextConfig;
