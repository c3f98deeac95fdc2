import { getDb } from "@/db";
import { apiLeader } from "@/app/_server/api-leader";
import { authSecret, trustedOrigins } from "@/app/_server/config";
import { withErrors } from "@/app/_server/http";
import { handleCalendarFeedImport } from "../import/handle-calendar-import";

export const POST = withErrors("POST /api/calendar/feed", async (request: Request) =>
  handleCalendarFeedImport(request, {
    db: getDb(),
    user: await apiLeader(request),
    allowedOrigins: trustedOrigins(),
    secret: authSecret(),
    feed: { allowPrivate: process.env.CALENDAR_ALLOW_PRIVATE === "on", allowHttp: process.env.CALENDAR_ALLOW_HTTP === "on" },
  }),
);
