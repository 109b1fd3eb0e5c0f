import { caseStoreProblem } from "@/lib/server/case-store-singleton";
import { jsonResponse } from "@/lib/server/http-errors";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** 200 when the server can do its work; 503 with the reason when saved cases cannot be used. */
export async function GET(): Promise<Response> {
  const store = await caseStoreProblem();
  return store === null ? jsonResponse({ ok: true }) : jsonResponse({ ok: false, store }, 503);
}
