import { apiHandler } from "@/lib/server/api-handler";
import { jsonResponse } from "@/lib/server/http-errors";
import { checkNetworkForRequest, networkCheckInputSchema } from "@/lib/server/network-service";
import { parseJsonBody } from "@/lib/server/parse-json-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Blocklists, reverse DNS and SPF for the site's public IP (and our egress IP when known). */
export const POST = apiHandler(async (request: Request): Promise<Response> => {
  const input = await parseJsonBody(request, networkCheckInputSchema);
  return jsonResponse(await checkNetworkForRequest(input, request));
});
