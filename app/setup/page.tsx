import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StaffForm } from "@/components/staff/staff-form";
import { PageShell } from "@/components/ui/page-shell";
import { staffAuth } from "@/lib/server/workspace";
import { PASSWORD_MIN } from "@/lib/staff/password";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set up SMTP Doctor", robots: { index: false, follow: false } };

/** First run: the person who can read the server's log creates the first admin account. */
export default async function SetupPage() {
  if (!(await staffAuth().needsSetup())) redirect("/sign-in");
  return (
    <PageShell>
      <div className="flex flex-col gap-6">
        <header className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold tracking-tight">Set up SMTP Doctor</h1>
          <p className="max-w-2xl text-zinc-700 dark:text-zinc-300">
            This install has no staff account yet. Create the first admin: it can then invite the rest of the
            helpdesk. To prove you run this server, enter the setup code it printed in its log when it started
            (the line that begins “SMTP Doctor has no staff account yet”).
          </p>
        </header>
        <StaffForm
          action="/api/staff/setup"
          next="/cases"
          submitLabel="Create the admin account"
          fields={[
            { name: "code", label: "Setup code", autoComplete: "off", hint: "from the server's log" },
            { name: "name", label: "Your name", autoComplete: "name" },
            { name: "email", label: "Email address", type: "email", autoComplete: "email" },
            {
              name: "password",
              label: "Password",
              type: "password",
              autoComplete: "new-password",
              hint: `at least ${PASSWORD_MIN} characters`,
            },
          ]}
        />
      </div>
    </PageShell>
  );
}
