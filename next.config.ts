import type { NextConfig } from "next";

/**
 * Headers for every response. Pages get their nonce-based Content-Security-Policy from proxy.ts;
 * this fallback policy covers everything else (API JSON, static files): nothing may run or frame.
 */
const securityHeaders = [
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next.js's own trailing-slash redirect answers before proxy.ts runs and drops even the headers
  // below: /r/<token>/ got a 308 with the token in Location and no share headers. Without it, a
  // path is served as requested, so a share path with a slash gets proxy.ts's share headers.
  skipTrailingSlashRedirect: true,
  // The probe engine, SPF evaluation, fixture libraries and PDFKit (reads its font metrics from its
  // package directory) are server-only Node code; keep them out of bundling.
  serverExternalPackages: [
    "nodemailer",
    "smtp-server",
    "mailauth",
    "pg",
    "node-pg-migrate",
    "ioredis",
    "pdfkit",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
