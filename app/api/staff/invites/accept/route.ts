import { apiHandler } from "@/lib/server/api-handler";
import { handleAcceptInvite } from "@/lib/server/staff-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiHandler(handleAcceptInvite);
