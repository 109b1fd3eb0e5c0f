import { apiHandler } from "@/lib/server/api-handler";
import { handleOidcCallback } from "@/lib/server/staff-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiHandler(handleOidcCallback);
