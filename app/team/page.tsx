import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { InviteForm } from "@/components/staff/invite-form";
import { LocalTime } from "@/components/ui/local-time";
import { PageShell } from "@/components/ui/page-shell";
import { currentStaff } from "@/lib/server/current-staff";
import { workspaceStore } from "@/lib/server/workspace";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Team — SMTP Doctor", robots: { index: false, follow: false } };

/** Who has an account, who is invited, and (for admins) a new invitation. */
export default async function TeamPage() {
  const signedIn = await currentStaff();
  if (signedIn === null) redirect("/sign-in?next=/team");
  const workspace = workspaceStore();
  const [staff, invites] = await Promise.all([workspace.listStaff(), workspace.pendingInvites(new Date())]);
  const isAdmin = signedIn.staff.role === "admin";
  return (
    <PageShell>
      <div className="flex flex-col gap-8">
        <header className="flex flex-col gap-1">
          <p className="text-sm">
            <Link href="/cases" className="text-blue-700 hover:underline dark:text-blue-400">
              ← Cases
            </Link>
          </p>
          <h1 className="text-3xl font-bold tracking-tight">Team</h1>
        </header>
        <section aria-labelledby="team-people" className="flex flex-col gap-3">
          <h2 id="team-people" className="text-xl font-semibold">
            People with an account
          </h2>
          <ul className="flex flex-col gap-1" data-testid="team-staff">
            {staff.map((person) => (
              <li key={person.id}>
                {person.name} ({person.email}) · {person.role === "admin" ? "Admin" : "Staff"}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="team-invites" className="flex flex-col gap-3">
          <h2 id="team-invites" className="text-xl font-semibold">
            Invitations not yet used
          </h2>
          {invites.length === 0 ? (
            <p className="text-zinc-700 dark:text-zinc-300">None.</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {invites.map((invite) => (
                <li key={invite.tokenHash}>
                  {invite.email} · {invite.role === "admin" ? "Admin" : "Staff"} · until{" "}
                  <LocalTime iso={invite.expiresAt} />
                </li>
              ))}
            </ul>
          )}
          {isAdmin ? (
            <InviteForm />
          ) : (
            <p className="text-zinc-700 dark:text-zinc-300">Ask an admin to invite a colleague.</p>
          )}
        </section>
      </div>
    </PageShell>
  );
}
