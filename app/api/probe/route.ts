import { apiHandler } from "@/lib/server/api-handler";
import { jsonResponse } from "@/lib/server/http-errors";
import { parseJsonBody } from "@/lib/server/parse-json-body";
import { runProbeForRequest } from "@/lib/server/probe-service";
import { probeInputSchema } from "@/lib/smtp/probe-input-schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiHandler(async (request: Request): Promise<Response> => {
  const input = await parseJsonBody(request, probeInputSchema);
  return jsonResponse(await runProbeForRequest(input, request));
});
