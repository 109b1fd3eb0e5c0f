import type { ReactNode } from "react";
import { ReportView } from "@/components/report/report-view";
import { PageShell } from "@/components/ui/page-shell";
import type { ReportModel } from "@/lib/reports/report-model-types";

/** The report as a page: its header, the PDF download, and the report itself. */
export function ReportPage({
  model,
  pdfHref,
  notice,
  retentionDays,
}: {
  model: ReportModel;
  pdfHref: string;
  /** What this view is (the owner's own, unmasked), shown above the report. */
  notice?: ReactNode;
  /** The install's retention rule, said on the report (0: kept for ever). */
  retentionDays?: number;
}) {
  return (
    <PageShell>
      <div className="flex flex-col gap-6">
        <header className="flex flex-col gap-2">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            SMTP diagnostic report · case {model.reference}
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{model.title}</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Updated {model.updatedAt}
            {model.viewer === "report" ? " · Usernames and recipients are masked in this view." : ""}
          </p>
          {retentionDays ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="retention-note">
              This case is deleted, with its tests and links, {retentionDays} days after it is resolved and
              left alone. Download the PDF to keep a copy.
            </p>
          ) : null}
          {notice}
          <p>
            {/* A plain link: the PDF is a download, not a page to prefetch. */}
            <a
              href={pdfHref}
              download
              rel="noreferrer"
              className="inline-flex items-center justify-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500"
            >
              Download PDF
            </a>
          </p>
        </header>
        <ReportView model={model} />
      </div>
    </PageShell>
  );
}
