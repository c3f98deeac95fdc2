import { refuseCrossSite, withErrors } from "@/app/_server/http";
import { apiContext } from "../_lib/context";
import { deleteCheckinResponse, getCheckinResponse, putCheckinResponse } from "../_lib/handlers";

type Params = { params: Promise<{ week: string }> };

export const GET = withErrors("GET /api/checkins/:week", async (request: Request, { params }: Params) => {
  const { week } = await params;
  return getCheckinResponse(week, await apiContext(request));
});

export const PUT = withErrors("PUT /api/checkins/:week", async (request: Request, { params }: Params) => {
  const { week } = await params;
  return refuseCrossSite(request) ?? putCheckinResponse(request, week, await apiContext(request));
});

export const DELETE = withErrors("DELETE /api/checkins/:week", async (request: Request, { params }: Params) => {
  const { week } = await params;
  return refuseCrossSite(request) ?? deleteCheckinResponse(week, await apiContext(request));
});
