import { apiHandler } from "@/lib/server/api-handler";
import { handleStaffAppendRun } from "@/lib/server/staff-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  handleStaffAppendRun(request, (await params).id),
);
