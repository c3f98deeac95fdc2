import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { getProfile } from "@/db/queries/profiles";
import { reminderCalendar } from "@/lib/calendar/reminder";
import { leaderTimeZone } from "@/lib/local-date";
import { reminderCheckinPath } from "@/lib/reminder-week";
import { NO_STORE, problem } from "@/app/_server/http";
import { DEFAULT_REMINDER } from "@/lib/validation/calendar";

export type ReminderContext = { db: Db; userId: string | null; baseUrl: string; now: Date };

/** Per leader and never revealing the id: the same UID on every download, so calendars update the event. */
export function reminderUid(userId: string): string {
  return `reminder-${createHash("sha256").update(`pendulum-reminder:${userId}`).digest("hex").slice(0, 32)}@pendulum`;
}

export async function handleReminder(context: ReminderContext): Promise<Response> {
  if (!context.userId) return problem(401, "Sign in to download your reminder.");
  const profile = await getProfile(context.db, context.userId);
  const reminder = profile?.settings.reminder ?? DEFAULT_REMINDER;
  const ics = reminderCalendar({
    uid: reminderUid(context.userId),
    reminder,
    timeZone: reminder.timeZone ?? leaderTimeZone(profile),
    checkinUrl: `${context.baseUrl}${reminderCheckinPath(reminder.weekday)}`,
    now: context.now,
  });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="pendulum-reminder.ics"',
      ...NO_STORE,
    },
  });
}
