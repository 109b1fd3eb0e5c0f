import { apiHandler } from "@/lib/server/api-handler";
import { invalidInputError, jsonResponse } from "@/lib/server/http-errors";
import { platformQuerySchema } from "@/lib/server/platform-detector";
import { detectPlatform } from "@/lib/server/platform-service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/platform?server=…&sender=… — the mail platform, detected, with its evidence (429 when asked too often). */
export const GET = apiHandler(async (request: Request): Promise<Response> => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = platformQuerySchema.safeParse(params);
  if (!query.success) throw invalidInputError(query.error);
  return jsonResponse(await detectPlatform(query.data, request));
});
