import Link from "next/link";
import { PageShell } from "@/components/ui/page-shell";

/** What an expired or revoked share link shows: no case data, just what happened and what to do. */
export function LinkGone({ message }: { message: string }) {
  return (
    <PageShell>
      <section aria-labelledby="gone" className="flex flex-col gap-3" data-link-status="gone">
        <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">410 · Link no longer valid</p>
        <h1 id="gone" className="text-3xl font-bold tracking-tight">
          {message}
        </h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
          Share links last a limited time and can be revoked by whoever owns the case. Ask them for a new
          link.
        </p>
        <p>
          <Link href="/" className="text-blue-700 hover:underline dark:text-blue-400">
            Go to SMTP Doctor
          </Link>
        </p>
      </section>
    </PageShell>
  );
}
