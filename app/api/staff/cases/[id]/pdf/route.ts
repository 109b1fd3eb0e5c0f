import { apiHandler } from "@/lib/server/api-handler";
import { HttpError } from "@/lib/server/http-errors";
import { staffPdfResponse } from "@/lib/server/report-pdf-response";
import { staffAuth } from "@/lib/server/workspace";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A case's complete PDF, for signed-in staff only. */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const signedIn = await staffAuth().current(request.headers.get("cookie"));
  if (signedIn === null) throw new HttpError("unauthorized", "Sign in to download this report.");
  const { id } = await params;
  return staffPdfResponse(request, id);
});
