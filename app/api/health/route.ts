import { healthAnswer } from "@/lib/server/health";
import { jsonResponse } from "@/lib/server/http-errors";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The health check (lib/server/health.ts). server.mjs answers GET /api/health with the same
 * function before Next.js routes it; this route answers when the app runs without server.mjs
 * (`next dev`, `next start`).
 */
export async function GET(): Promise<Response> {
  const { status, body } = await healthAnswer();
  return jsonResponse(body, status);
}
