import { getDb } from "@/db";
import { getSessionUser } from "@/app/_server/auth";
import { handleReport } from "../_lib/handle-report";

export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const user = await getSessionUser();
  const { format } = await params;
  return handleReport({ db: getDb(), userId: user?.id ?? null, format, query: new URL(request.url).searchParams, now: new Date() });
}
