import { getDb } from "@/db";
import { getSessionUser } from "@/app/_server/auth";
import { authSecret, trustedOrigins } from "@/app/_server/config";
import { handleCalendarFeedImport } from "../import/handle-calendar-import";

export async function POST(request: Request) {
  const user = await getSessionUser();
  return handleCalendarFeedImport(request, {
    db: getDb(),
    user,
    allowedOrigins: trustedOrigins(),
    secret: authSecret(),
    feed: { allowPrivate: process.env.CALENDAR_ALLOW_PRIVATE === "on", allowHttp: process.env.CALENDAR_ALLOW_HTTP === "on" },
  });
}
