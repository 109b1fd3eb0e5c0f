import type { Metadata } from "next";
import Link from "next/link";
import { type OwnerLinkRow, OwnerLinks } from "@/components/case/case-links-panel";
import { DeviceCapturePanel } from "@/components/case/device-capture-panel";
import { TicketSummary } from "@/components/case/ticket-summary";
import { LinkGone } from "@/components/report/link-gone";
import { LocalTime } from "@/components/ui/local-time";
import { PageShell } from "@/components/ui/page-shell";
import { blocklistHeadline } from "@/lib/network/network-words";
import type { Run } from "@/lib/reports/case-schemas";
import { providerLabel } from "@/lib/reports/report-labels";
import { checkLabel, effectiveDiagnosis } from "@/lib/reports/report-network-sections";
import { networkText } from "@/lib/reports/report-run-sections";
import type { StoredDiagnosis } from "@/lib/reports/stored-diagnosis";
import { listLinks, listRuns, listSiteChecks, resolveLink } from "@/lib/server/case-links";
import { ownerPath, ownerPdfPath, ownerReportPath } from "@/lib/server/case-paths";
import { openSharePage } from "@/lib/server/share-page";
import { STAGE_LABELS } from "@/lib/smtp/stage-labels";
import { CaseDetailsForm } from "./case-details-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // Share pages hold a token in their URL: keep them out of search engines and referrers.
  return { title: "Case — SMTP Doctor", robots: { index: false, follow: false }, referrer: "no-referrer" };
}

const KIND_LABELS: Record<Run["kind"], string> = {
  initial: "Initial test",
  validation: "Validation test",
  customer: "Customer test",
};

const OUTCOME_LABELS: Record<Run["result"]["outcome"], string> = {
  ok: "OK",
  warn: "Warning",
  failed: "Failed",
};

/** The case owner's page: what was tested, and the links that share it. */
export default async function CasePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const opened = await openSharePage(() => resolveLink(token, "owner"));
  if ("gone" in opened) return <LinkGone message={opened.gone} />;
  const resolved = opened.value;
  const theCase = resolved.case;
  const [runs, links, checks] = await Promise.all([
    listRuns(theCase.id),
    listLinks(token),
    listSiteChecks(theCase.id),
  ]);
  const now = Date.now();
  const linkRows: OwnerLinkRow[] = links.map((link) => ({
    id: link.id,
    kind: link.kind,
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
    expired: Date.parse(link.expiresAt) <= now,
  }));
  const context = theCase.context;
  const contextRows = [
    ["Device", context.device],
    ["Failing function", context.failingFunction],
    ["Mail platform", context.provider ? providerLabel(context.provider) : ""],
    ["Site public IP", context.site.publicIp ?? ""],
    ["Site note", context.site.note ?? ""],
  ].filter(([, value]) => value !== "");

  return (
    <PageShell>
      <div className="flex flex-col gap-8">
        <header className="flex flex-col gap-2">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Case <span data-testid="case-reference">{theCase.reference}</span> · created{" "}
            <LocalTime iso={theCase.createdAt} />
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{theCase.title}</h1>
          <div
            role="note"
            data-owner-notice
            className="flex max-w-3xl flex-col gap-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100"
          >
            <p className="font-medium">This page&apos;s address is the key to the case.</p>
            <p className="text-sm">
              Anyone who has it sees everything unmasked, adds tests, and creates and revokes links. Do not
              paste it into a ticket or an e-mail: to share the report, create a report link below.
            </p>
          </div>
          <p className="flex flex-wrap gap-4">
            <Link
              href={`${ownerPath(token)}/test`}
              className="text-blue-700 hover:underline dark:text-blue-400"
            >
              Test again in the wizard
            </Link>
            <Link href={ownerReportPath(token)} className="text-blue-700 hover:underline dark:text-blue-400">
              View the report
            </Link>
            <a
              href={ownerPdfPath(token)}
              download
              className="text-blue-700 hover:underline dark:text-blue-400"
            >
              Download PDF
            </a>
          </p>
        </header>

        {contextRows.length > 0 && (
          <section aria-labelledby="context" className="flex flex-col gap-2">
            <h2 id="context" className="text-2xl font-semibold">
              Context
            </h2>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
              {contextRows.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="font-medium">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}

        <details className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
          <summary className="cursor-pointer font-medium">Edit the case details</summary>
          <div className="pt-3">
            <CaseDetailsForm
              ownerToken={token}
              initial={{
                title: theCase.title,
                device: context.device,
                failingFunction: context.failingFunction,
                publicIp: context.site.publicIp ?? "",
                note: context.site.note ?? "",
                staticIp: context.staticIp,
                deviceSupportsOAuth: context.deviceSupportsOAuth,
                deviceSupportsTls12: context.deviceSupportsTls12,
              }}
            />
          </div>
        </details>

        <section aria-labelledby="runs" className="flex flex-col gap-2">
          <h2 id="runs" className="text-2xl font-semibold">
            Tests
          </h2>
          <ol className="flex flex-col gap-3">
            {runs.map((run) => (
              <li
                key={run.id}
                data-run-kind={run.kind}
                data-outcome={run.result.outcome}
                className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
              >
                <p className="font-medium">
                  {run.seq}. {KIND_LABELS[run.kind]} · {run.settings.host}:{run.settings.port} ·{" "}
                  {OUTCOME_LABELS[run.result.outcome]}
                  {run.result.failedStage ? ` at ${STAGE_LABELS[run.result.failedStage]}` : ""}
                </p>
                {run.validatesRunId ? (
                  <p className="text-sm text-zinc-700 dark:text-zinc-300">
                    Tests the fix for test {runs.find((other) => other.id === run.validatesRunId)?.seq ?? "?"}
                  </p>
                ) : null}
                <RootCauseLine diagnosis={effectiveDiagnosis(run, checks)} />
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  <LocalTime iso={run.result.startedAt} /> · from {networkText(run)}
                </p>
              </li>
            ))}
          </ol>
        </section>

        {checks.length > 0 ? (
          <section aria-labelledby="network-checks" className="flex flex-col gap-2">
            <h2 id="network-checks" className="text-2xl font-semibold">
              Network checks
            </h2>
            <ol className="flex flex-col gap-3">
              {checks.map((check) => (
                <li
                  key={check.id}
                  data-network-check={check.report.network.describes}
                  className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
                >
                  <p className="font-medium">
                    {checkLabel(check)} · {check.report.network.label}
                  </p>
                  <p className="text-sm text-zinc-700 dark:text-zinc-300">
                    {blocklistHeadline(check.report)}
                  </p>
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">
                    <LocalTime iso={check.report.checkedAt} />
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        <section aria-labelledby="device" className="flex flex-col gap-2">
          <h2 id="device" className="text-2xl font-semibold">
            Test the device itself
          </h2>
          <DeviceCapturePanel apiBase={`/api/cases/${token}`} />
        </section>

        <section aria-labelledby="links" className="flex flex-col gap-3">
          <h2 id="links" className="text-2xl font-semibold">
            Share links
          </h2>
          <OwnerLinks apiBase={`/api/cases/${token}`} links={linkRows} />
          <TicketSummary apiBase={`/api/cases/${token}`} />
        </section>
      </div>
    </PageShell>
  );
}

function RootCauseLine({ diagnosis }: { diagnosis: StoredDiagnosis | null }) {
  if (!diagnosis || diagnosis.rootCause.id === "no-error") return null;
  return (
    <p className="text-sm text-zinc-700 dark:text-zinc-300" data-root-cause={diagnosis.rootCause.id}>
      {diagnosis.unrecognised ? "Not recognised" : "Root cause"}: {diagnosis.rootCause.title}
    </p>
  );
}
