import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "SMTP Doctor",
  description:
    "Test a copier's or scanner's SMTP settings through RCPT TO, see the server's exact reply, and get corrected settings.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the CSP nonce (proxy.ts) only reaches dynamically rendered pages.
  await connection();
  return (
    <html lang="en">
      {/* Tailwind's default sans and mono stacks are system fonts: nothing is fetched. */}
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
