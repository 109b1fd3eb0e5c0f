import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The probe engine and fixture libraries are server-only Node code; keep them out of bundling.
  serverExternalPackages: ["nodemailer", "smtp-server"],
};

export default nextConfig;
