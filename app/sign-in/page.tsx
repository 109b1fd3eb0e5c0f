import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StaffForm } from "@/components/staff/staff-form";
import { buttonClassName } from "@/components/ui/button";
import { PageShell } from "@/components/ui/page-shell";
import { currentStaff } from "@/lib/server/current-staff";
import { oidc, staffAuth } from "@/lib/server/workspace";
import { safeNext } from "@/lib/staff/safe-next";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in — SMTP Doctor", robots: { index: false, follow: false } };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNext(params.next);
  const error = typeof params.error === "string" ? params.error.slice(0, 300) : null;
  const provider = oidc();
  // The first admin comes from the setup code, unless the identity provider's admins can sign in.
  if (!provider?.canCreateAdmins && (await staffAuth().needsSetup())) redirect("/setup");
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
        {error ? (
          <p
            role="alert"
            className="max-w-2xl text-sm text-red-700 dark:text-red-400"
            data-testid="sign-in-error"
          >
            {error}
          </p>
        ) : null}
        {provider ? (
          <div className="flex flex-col gap-2">
            <a
              href={`/api/staff/oidc/start?${new URLSearchParams({ next })}`}
              className={`${buttonClassName} self-start`}
            >
              Sign in with {provider.name}
            </a>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Or with an SMTP Doctor password:</p>
          </div>
        ) : null}
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
