import { apiHandler } from "@/lib/server/api-handler";
import { handleInvite } from "@/lib/server/staff-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiHandler(handleInvite);
