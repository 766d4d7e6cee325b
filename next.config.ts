import type { NextConfig } from "next";
import { HSTS } from "./server/http/security-headers";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// Every API response: never cached, and HSTS in production. (Pages get theirs from proxy.ts, which
// the API skips: it costs a request more than half a millisecond.)
const apiHeaders = [{ key: "Cache-Control", value: "no-store" }, ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: HSTS }] : [])];

const nextConfig: NextConfig = {
  // Native, WASM or dynamically-importing packages run from node_modules rather than the bundle:
  // PGlite loads its WASM and data files from its own folder, argon2 is a native addon, and
  // rate-limiter-flexible imports drizzle-orm at run time (it must be the same copy we use).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "drizzle-orm", "rate-limiter-flexible"],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: apiHeaders },
    ];
  },
};

export default nextConfig;
