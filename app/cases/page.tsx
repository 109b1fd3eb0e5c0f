import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButtons } from "@/components/staff/sign-out-buttons";
import { buttonClassName } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { PageShell } from "@/components/ui/page-shell";
import { SelectInput } from "@/components/ui/select-input";
import { TextInput } from "@/components/ui/text-input";
import { caseStore } from "@/lib/server/case-store-singleton";
import { currentStaff } from "@/lib/server/current-staff";
import { workspaceStore } from "@/lib/server/workspace";
import { refreshSummaries } from "@/lib/staff/case-summary";
import type { CaseListQuery, ListStatus } from "@/lib/staff/workspace-store";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cases — SMTP Doctor", robots: { index: false, follow: false } };

const PAGE_SIZE = 25;

const STATUS_LABELS: Record<ListStatus, string> = {
  open: "Open",
  waiting: "Waiting on the customer",
  resolved: "Resolved",
};

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The page cursor: the last row's activity time and id, opaque in the URL. */
function readCursor(value: string | undefined): CaseListQuery["after"] {
  if (!value) return undefined;
  try {
    const [updatedAt, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [string, string];
    return typeof updatedAt === "string" && typeof id === "string" && !Number.isNaN(Date.parse(updatedAt))
      ? { updatedAt, id }
      : undefined;
  } catch {
    return undefined;
  }
}

function writeCursor(after: { updatedAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([after.updatedAt, after.id])).toString("base64url");
}

/** The helpdesk's case list: newest activity first, searchable, behind sign-in. */
export default async function CasesPage({ searchParams }: { searchParams: Promise<Params> }) {
  const signedIn = await currentStaff();
  if (signedIn === null) redirect("/sign-in?next=/cases");
  const params = await searchParams;
  const q = (one(params.q) ?? "").slice(0, 200);
  const statusParam = one(params.status);
  const status =
    statusParam === "open" || statusParam === "waiting" || statusParam === "resolved"
      ? statusParam
      : undefined;
  const workspace = workspaceStore();
  await refreshSummaries(caseStore(), workspace);
  const page = await workspace.listCases({
    q,
    status,
    after: readCursor(one(params.after)),
    limit: PAGE_SIZE,
  });
  const nextHref = page.next
    ? `/cases?${new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), after: writeCursor(page.next) })}`
    : null;

  return (
    <PageShell>
      <div className="flex flex-col gap-6">
        <header className="flex flex-wrap items-end justify-between gap-4">
          <div className="flex flex-col gap-1">
            <h1 className="text-3xl font-bold tracking-tight">Cases</h1>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Signed in as {signedIn.staff.name} ({signedIn.staff.email})
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <Link href="/team" className="text-sm text-blue-700 hover:underline dark:text-blue-400">
              Team
            </Link>
            <SignOutButtons />
          </div>
        </header>

        <search>
          <form method="get" action="/cases" className="flex flex-wrap items-end gap-3">
            <div className="flex min-w-64 grow flex-col gap-1">
              <label htmlFor="cases-q" className="text-sm font-medium">
                Search
              </label>
              <TextInput
                id="cases-q"
                name="q"
                type="search"
                defaultValue={q}
                placeholder="SD-1042, ticket, device, server or the server's words"
              />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="cases-status" className="text-sm font-medium">
                Status
              </label>
              <SelectInput id="cases-status" name="status" defaultValue={status ?? ""}>
                <option value="">Any</option>
                <option value="open">Open</option>
                <option value="resolved">Resolved</option>
              </SelectInput>
            </div>
            <button type="submit" className={buttonClassName}>
              Search
            </button>
          </form>
        </search>

        {page.items.length === 0 ? (
          <p className="text-zinc-700 dark:text-zinc-300" data-testid="cases-empty">
            {q || status
              ? "No case matches this search."
              : "No case has been saved yet: run the wizard and save its result."}
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm" data-testid="cases-table">
              <caption className="sr-only">Cases, newest activity first</caption>
              <thead>
                <tr className="border-b border-zinc-300 dark:border-zinc-700">
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    Reference
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    Case
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    Status
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    Root cause
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    Server
                  </th>
                  <th scope="col" className="py-2 font-semibold">
                    Last activity
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((item) => (
                  <tr key={item.id} className="border-b border-zinc-200 align-top dark:border-zinc-800">
                    <td className="py-2 pr-3 whitespace-nowrap">
                      <span className="font-mono">{item.reference}</span>
                      {item.ticketRef ? (
                        <p className="text-zinc-600 dark:text-zinc-400">{item.ticketRef}</p>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">
                      <Link
                        href={`/cases/${item.id}`}
                        className="font-medium text-blue-700 hover:underline dark:text-blue-400"
                      >
                        {item.title}
                      </Link>
                      {item.summary?.device || item.summary?.site ? (
                        <p className="text-zinc-600 dark:text-zinc-400">
                          {[item.summary.device, item.summary.site].filter(Boolean).join(" · ")}
                        </p>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">
                      {STATUS_LABELS[item.status]}
                      {item.assignee ? (
                        <p className="text-zinc-600 dark:text-zinc-400">{item.assignee}</p>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">{item.summary?.rootCause?.title ?? "—"}</td>
                    <td className="py-2 pr-3 font-mono whitespace-nowrap">{item.summary?.server || "—"}</td>
                    <td className="py-2 whitespace-nowrap">
                      <LocalTime iso={item.updatedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {nextHref ? (
          <nav aria-label="Pages">
            <Link href={nextHref} className="text-blue-700 hover:underline dark:text-blue-400">
              Older cases
            </Link>
          </nav>
        ) : null}
      </div>
    </PageShell>
  );
}
