import { errorResponse } from "@/lib/server/http-errors";
import { parseJsonBody } from "@/lib/server/parse-json-body";
import { streamProbeForRequest } from "@/lib/server/probe-service";
import { probeInputSchema } from "@/lib/smtp/probe-input-schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The live test: newline-delimited JSON events as each stage runs, the result last. */
export async function POST(request: Request): Promise<Response> {
  try {
    const input = await parseJsonBody(request, probeInputSchema);
    const stream = await streamProbeForRequest(input, request);
    return new Response(stream, {
      headers: {
        "Content-Type": "application/x-ndjson; charset=utf-8",
        "Cache-Control": "no-store",
        "X-Accel-Buffering": "no",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
