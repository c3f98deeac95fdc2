import { trustedOrigins } from "@/app/_server/config";
import { apiContext } from "../_lib/context";
import {
  deleteCheckinResponse,
  getCheckinResponse,
  isAllowedOrigin,
  json,
  putCheckinResponse,
  withErrorHandling,
} from "../_lib/handlers";

type Params = { params: Promise<{ week: string }> };

const forbidden = () => json(403, { error: "Cross-site requests are not allowed" });

export async function GET(request: Request, { params }: Params) {
  const { week } = await params;
  return withErrorHandling(async () => getCheckinResponse(week, await apiContext(request)));
}

export async function PUT(request: Request, { params }: Params) {
  const { week } = await params;
  if (!isAllowedOrigin(request, trustedOrigins())) return forbidden();
  return withErrorHandling(async () => putCheckinResponse(request, week, await apiContext(request)));
}

export async function DELETE(request: Request, { params }: Params) {
  const { week } = await params;
  if (!isAllowedOrigin(request, trustedOrigins())) return forbidden();
  return withErrorHandling(async () => deleteCheckinResponse(week, await apiContext(request)));
}
