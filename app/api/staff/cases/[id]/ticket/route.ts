import { apiHandler } from "@/lib/server/api-handler";
import { handleStaffTicket } from "@/lib/server/staff-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  handleStaffTicket(request, (await params).id),
);
