import type { NextConfig } from "next";

const isDev = process.env.NODE_ENV === "development";

/**
 * Without a per-request nonce, Next's inline bootstrap and RSC payload scripts need 'unsafe-inline'
 * (a nonce-based policy set in `proxy.ts` replaces this later). Everything else is same-origin only.
 * No `upgrade-insecure-requests`: on-site installs are often served over plain HTTP on a LAN address,
 * and upgrading their own requests to HTTPS would break the page.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The probe engine and fixture libraries are server-only Node code; keep them out of bundling.
  serverExternalPackages: ["nodemailer", "smtp-server"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
