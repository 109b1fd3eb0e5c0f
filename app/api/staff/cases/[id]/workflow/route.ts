import { apiHandler } from "@/lib/server/api-handler";
import { handleWorkflow } from "@/lib/server/staff-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  handleWorkflow(request, (await params).id),
);
