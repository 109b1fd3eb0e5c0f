import type { Metadata } from "next";
import { StaffForm } from "@/components/staff/staff-form";
import { PageShell } from "@/components/ui/page-shell";
import { staffAuth } from "@/lib/server/workspace";
import { PASSWORD_MIN } from "@/lib/staff/password";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  // The URL holds the invitation's key: keep it out of search engines and referrers.
  return { title: "Join SMTP Doctor", robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** An invited colleague chooses a name and password; the account is theirs, signed in. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await staffAuth().openInvite(token);
  return (
    <PageShell>
      <div className="flex flex-col gap-6">
        {invite === null ? (
          <header className="flex flex-col gap-2">
            <h1 className="text-3xl font-bold tracking-tight">This invitation is no longer valid</h1>
            <p className="max-w-2xl text-zinc-700 dark:text-zinc-300">
              It has been used, or more than seven days have passed. Ask your admin for a new invitation, or{" "}
              <a href="/sign-in" className="text-blue-700 underline dark:text-blue-400">
                sign in
              </a>{" "}
              if you already have an account.
            </p>
          </header>
        ) : (
          <>
            <header className="flex flex-col gap-2">
              <h1 className="text-3xl font-bold tracking-tight">Join SMTP Doctor</h1>
              <p className="max-w-2xl text-zinc-700 dark:text-zinc-300">
                You are invited as {invite.role === "admin" ? "an admin" : "staff"} with the address{" "}
                <strong>{invite.email}</strong>. Choose the name your colleagues will see and a password.
              </p>
            </header>
            <StaffForm
              action="/api/staff/invites/accept"
              next="/cases"
              submitLabel="Create my account"
              extra={{ token }}
              fields={[
                { name: "name", label: "Your name", autoComplete: "name" },
                {
                  name: "password",
                  label: "Password",
                  type: "password",
                  autoComplete: "new-password",
                  hint: `at least ${PASSWORD_MIN} characters`,
                },
              ]}
            />
          </>
        )}
      </div>
    </PageShell>
  );
}
