import "server-only";
import { spawnRenderWorker } from "@/lib/pdf/spawn-render-worker";
import { storedRevision } from "@/lib/reports/case-revision";
import type { Viewer } from "@/lib/reports/mask-for-viewer";
import { listRuns, listSiteChecks, resolveLink } from "./case-links";
import { caseStore } from "./case-store-singleton";
import { deviceSessionsForReport } from "./device-captures";
import { HttpError } from "./http-errors";
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
    content: async () => {
      const [runs, siteChecks] = await Promise.all([
        listRuns(resolved.case.id),
        listSiteChecks(resolved.case.id),
      ]);
      return {
        reportOf: {
          theCase: resolved.case,
          runs,
          siteChecks,
          device: await deviceSessionsForReport(resolved.case.id, runs, siteChecks),
          viewer,
        },
      };
    },
  };
}

// One pool, cache and set of limits per process.
/** The render pool, cache and limits: one set per process, shared by the link and staff routes. */
function pdfServices() {
  return processSingleton("pdf-services", () => pdfServicesFromEnv(process.env, spawnRenderWorker));
}

function pdfDownload(): PdfDownload {
  return processSingleton("pdf-download", () =>
    createPdfDownload({ ...pdfServices(), open: openReport, clientOf: visitorIp }),
  );
}

/** The report PDF for the link kind its route accepts: limited, cached per revision, rendered off-thread. */
export function reportPdfResponse(request: Request, token: string, viewer: Viewer): Promise<Response> {
  return pdfDownload()(request, token, viewer);
}

/**
 * A case's complete PDF for signed-in staff, by case id. The caller has checked the session; the
 * "token" here is a case id, opened only through this function, never from a share route.
 */
export function staffPdfResponse(request: Request, caseId: string): Promise<Response> {
  const download = processSingleton("staff-pdf-download", () =>
    createPdfDownload({
      ...pdfServices(),
      clientOf: visitorIp,
      open: async (id) => {
        const theCase = await caseStore().getCase(id);
        if (theCase === null) throw new HttpError("not-found", "No such case.");
        return {
          linkId: `staff:${theCase.id}`,
          caseId: theCase.id,
          revision: storedRevision(theCase),
          content: async () => {
            const [runs, siteChecks] = await Promise.all([listRuns(theCase.id), listSiteChecks(theCase.id)]);
            return {
              reportOf: {
                theCase,
                runs,
                siteChecks,
                device: await deviceSessionsForReport(theCase.id, runs, siteChecks),
                viewer: "owner",
              },
            };
          },
        };
      },
    }),
  );
  return download(request, caseId, "owner");
}
