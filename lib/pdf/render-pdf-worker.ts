import { parentPort } from "node:worker_threads";
import { modelOf, type RenderInput } from "./render-input";
import { renderReportPdf } from "./render-report-pdf";

/**
 * A render thread of the PDF pool (pdf-render-pool.ts): one case (or model) in, the PDF's bytes out,
 * transferred rather than copied. One job at a time; the pool never sends a second before the
 * answer. Errors go back as a message without the model's text (it may hold transcripts).
 */

export type RenderRequest = { id: number; input: RenderInput };
export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (port === null) throw new Error("render-pdf-worker runs as a worker thread only");

port.on("message", async ({ id, input }: RenderRequest) => {
  try {
    const rendered = await renderReportPdf(modelOf(input));
    // A copy of our own: a small Buffer may be a view into Node's shared pool, not transferable.
    const pdf = new Uint8Array(rendered);
    port.postMessage({ id, pdf } satisfies RenderReply, [pdf.buffer]);
  } catch (error) {
    const reason = error instanceof Error ? error.name : typeof error;
    port.postMessage({ id, error: `render failed (${reason})` } satisfies RenderReply);
  }
});
