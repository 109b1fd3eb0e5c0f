import type { Metadata } from "next";
import Link from "next/link";
import { PageShell } from "@/components/ui/page-shell";

export const metadata: Metadata = {
  title: "Not found — SMTP Doctor",
  robots: { index: false, follow: false },
};

/**
 * Any address that opens nothing: a mistyped page, or a share link that never existed (or was
 * copied incompletely). Says what to do, and nothing about which links exist.
 */
export default function NotFound() {
  return (
    <PageShell>
      <section aria-labelledby="not-found" className="flex flex-col gap-3" data-page="not-found">
        <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">404 · Not found</p>
        <h1 id="not-found" className="text-3xl font-bold tracking-tight">
          There is nothing at this address
        </h1>
        <div className="flex max-w-3xl flex-col gap-2 text-zinc-700 dark:text-zinc-300">
          <p>
            If someone sent you this link, check that it was copied whole (links are long, and mail programs
            sometimes cut them at the end of a line), or ask them to send it again.
          </p>
          <p>If you are helpdesk staff looking for a case, find it in the case list after signing in.</p>
        </div>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/wizard" className="text-blue-700 hover:underline dark:text-blue-400">
              Test a device&apos;s mail settings
            </Link>
          </li>
          <li>
            <Link href="/cases" className="text-blue-700 hover:underline dark:text-blue-400">
              Case list (staff)
            </Link>
          </li>
          <li>
            <Link href="/" className="text-blue-700 hover:underline dark:text-blue-400">
              SMTP Doctor&apos;s start page
            </Link>
          </li>
        </ul>
      </section>
    </PageShell>
  );
}
