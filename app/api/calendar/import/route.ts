import { getDb } from "@/db";
import { getSessionUser } from "@/app/_server/auth";
import { trustedOrigins } from "@/app/_server/config";
import { handleCalendarImport } from "./handle-calendar-import";

export async function POST(request: Request) {
  const user = await getSessionUser();
  return handleCalendarImport(request, { db: getDb(), user, allowedOrigins: trustedOrigins() });
}
