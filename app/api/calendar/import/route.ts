import { getDb } from "@/db";
import { apiLeader } from "@/app/_server/api-leader";
import { trustedOrigins } from "@/app/_server/config";
import { withErrors } from "@/app/_server/http";
import { handleCalendarImport } from "./handle-calendar-import";

export const POST = withErrors("POST /api/calendar/import", async (request: Request) =>
  handleCalendarImport(request, { db: getDb(), user: await apiLeader(request), allowedOrigins: trustedOrigins() }),
);
