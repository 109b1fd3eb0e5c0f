import "server-only";
import { spawnRenderWorker } from "@/lib/pdf/spawn-render-worker";
import { storedRevision } from "@/lib/reports/case-revision";
import type { Viewer } from "@/lib/reports/mask-for-viewer";
import { buildReportModel } from "@/lib/reports/report-model";
import { listRuns, listSiteChecks, resolveLink } from "./case-links";
import { createPdfDownload, type PdfDownload, pdfServicesFromEnv, type ReportSnapshot } from "./pdf-download";
import { visitorIp } from "./probe-service";
import { processSingleton } from "./process-singleton";

/**
 * What a link opens for the PDF, read once (never a new test): masked for a report link, complete
 * for the owner, each kind only through its own route (see loadReport in case-links.ts).
 */
async function openReport(token: string, viewer: Viewer): Promise<ReportSnapshot> {
  const resolved = await resolveLink(token, viewer === "owner" ? "owner" : "report");
  return {
    linkId: resolved.link.id,
    caseId: resolved.case.id,
    // The store's counter: a 304 or a cached PDF answers without reading a single run.
    revision: storedRevision(resolved.case),
    model: async () => {
      const runs = await listRuns(resolved.case.id);
      const siteChecks = await listSiteChecks(resolved.case.id);
      return buildReportModel(resolved.case, runs, { viewer, siteChecks });
    },
  };
}

// One pool, cache and set of limits per process.
function pdfDownload(): PdfDownload {
  return processSingleton("pdf-download", () =>
    createPdfDownload({
      ...pdfServicesFromEnv(process.env, spawnRenderWorker),
      open: openReport,
      clientOf: visitorIp,
    }),
  );
}

/** The report PDF for the link kind its route accepts: limited, cached per revision, rendered off-thread. */
export function reportPdfResponse(request: Request, token: string, viewer: Viewer): Promise<Response> {
  return pdfDownload()(request, token, viewer);
}
