import { jsonResponse } from "@/lib/server/http-errors";
import { describeVisitor } from "@/lib/server/network-service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The address this request came from: when a customer opens a link on site, the site's public IP. */
export function GET(request: Request): Response {
  return jsonResponse(describeVisitor(request));
}
