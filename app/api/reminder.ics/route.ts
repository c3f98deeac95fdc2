import { getDb } from "@/db";
import { apiLeader } from "@/app/_server/api-leader";
import { appUrl } from "@/app/_server/config";
import { withErrors } from "@/app/_server/http";
import { handleReminder } from "./handle-reminder";

export const GET = withErrors("GET /api/reminder.ics", async (request: Request) => {
  const baseUrl = process.env.APP_URL ? appUrl() : new URL(request.url).origin;
  return handleReminder({ db: getDb(), userId: (await apiLeader(request))?.id ?? null, baseUrl, now: new Date() });
});
