import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "SMTP Doctor",
  description:
    "Test a copier's or scanner's SMTP settings through RCPT TO, see the server's exact reply, and get corrected settings.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      {/* Tailwind's default sans and mono stacks are system fonts: nothing is fetched. */}
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
