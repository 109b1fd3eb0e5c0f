import type { Case, Run, SiteCheck } from "../reports/case-schemas";
import type { Viewer } from "../reports/mask-for-viewer";
import type { DeviceSessionInput } from "../reports/report-device-section";
import { buildReportModel } from "../reports/report-model";
import type { ReportModel } from "../reports/report-model-types";

/**
 * What a render thread is given: the case as stored (the thread builds the model: masking and
 * judging twenty runs is tens of milliseconds that would otherwise hold the server's event loop),
 * or a model already built.
 */
export type RenderInput =
  | ReportModel
  | {
      reportOf: {
        theCase: Case;
        runs: Run[];
        siteChecks: SiteCheck[];
        viewer: Viewer;
        device?: DeviceSessionInput[];
      };
    };

/** The model a render input stands for, built here when it is a stored case. */
export function modelOf(input: RenderInput): ReportModel {
  if (!("reportOf" in input)) return input;
  const { theCase, runs, siteChecks, viewer, device } = input.reportOf;
  return buildReportModel(theCase, runs, { viewer, siteChecks, device });
}
