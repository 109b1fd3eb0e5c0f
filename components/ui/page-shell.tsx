import Link from "next/link";
import type { ReactNode } from "react";

/**
 * Site header and a readable content column; every page renders inside it. `nav={false}` for a
 * customer's page: their way through is the page itself, not the helpdesk's wizard.
 */
export function PageShell({ children, nav = true }: { children: ReactNode; nav?: boolean }) {
  return (
    <>
      <header className="border-b border-zinc-200 dark:border-zinc-800">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Link href="/" className="font-semibold tracking-tight">
            SMTP Doctor
          </Link>
          {nav ? (
            <nav aria-label="Main">
              <Link href="/wizard" className="text-sm text-blue-700 hover:underline dark:text-blue-400">
                Wizard
              </Link>
            </nav>
          ) : null}
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
    </>
  );
}
