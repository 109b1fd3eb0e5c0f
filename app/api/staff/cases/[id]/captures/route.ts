import { apiHandler } from "@/lib/server/api-handler";
import { handleStaffCaptures } from "@/lib/server/staff-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const handle = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  handleStaffCaptures(request, (await params).id),
);

export const GET = handle;
export const POST = handle;
