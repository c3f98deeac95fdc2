import { getDb } from "@/db";
import { apiLeader } from "@/app/_server/api-leader";
import { withErrors } from "@/app/_server/http";
import { handleReport } from "../_lib/handle-report";

export const GET = withErrors("GET /api/report/:format", async (request: Request, { params }: { params: Promise<{ format: string }> }) => {
  const leader = await apiLeader(request);
  const { format } = await params;
  return handleReport({ db: getDb(), userId: leader?.id ?? null, format, query: new URL(request.url).searchParams, now: new Date() });
});
