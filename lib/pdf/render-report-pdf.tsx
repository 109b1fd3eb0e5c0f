import { renderToBuffer } from "@react-pdf/renderer";
import type { ReportModel } from "../reports/report-model-types";
import { ReportDocument } from "./report-document";

/**
 * The report as PDF bytes, rendered in-process (no browser, no network: built-in fonts only).
 * Takes the model, not the case, so masking and redaction have already happened.
 */
export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  return renderToBuffer(<ReportDocument model={model} />);
}
