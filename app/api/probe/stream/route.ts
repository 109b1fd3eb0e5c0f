import * as z from "zod/mini";
import { apiHandler } from "@/lib/server/api-handler";
import { parseJsonBody } from "@/lib/server/parse-json-body";
import { parseDiagnosisContext, streamProbeForRequest } from "@/lib/server/probe-service";
import { probeInputSchema } from "@/lib/smtp/probe-input-schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const bodySchema = z.object({ probe: probeInputSchema, context: z.optional(z.unknown()) });

/** The live test: newline-delimited JSON events as each stage runs, the result and diagnosis last. */
export const POST = apiHandler(async (request: Request): Promise<Response> => {
  const body = await parseJsonBody(request, bodySchema);
  const stream = await streamProbeForRequest(body.probe, parseDiagnosisContext(body.context), request);
  return new Response(stream, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Accel-Buffering": "no",
    },
  });
});
