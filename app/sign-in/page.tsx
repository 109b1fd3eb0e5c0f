import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StaffForm } from "@/components/staff/staff-form";
import { PageShell } from "@/components/ui/page-shell";
import { currentStaff, staffAuth } from "@/lib/server/workspace";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in — SMTP Doctor", robots: { index: false, follow: false } };

/** Only our own paths: a `next` that leaves the site would make this page an open redirect. */
function safeNext(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  return value && /^\/(?![/\\])[\w\-./?=&%]*$/.test(value) ? value : "/cases";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNext((await searchParams).next);
  if (await staffAuth().needsSetup()) redirect("/setup");
  if (await currentStaff()) redirect(next);
  return (
    <PageShell>
      <div className="flex flex-col gap-6">
        <header className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
          <p className="max-w-2xl text-zinc-700 dark:text-zinc-300">
            For helpdesk staff: the case list and the cases themselves. A customer does not need an account:
            the link the helpdesk sent opens their test without one.
          </p>
        </header>
        <StaffForm
          action="/api/staff/sign-in"
          next={next}
          submitLabel="Sign in"
          fields={[
            { name: "email", label: "Email address", type: "email", autoComplete: "username" },
            { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
          ]}
        />
      </div>
    </PageShell>
  );
}
