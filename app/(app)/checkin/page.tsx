import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { requireLeader } from "@/app/_server/auth";
import { WeekPicker } from "@/components/checkin/week-picker";
import { buttonClass } from "@/components/ui/button";
import { recentWeeks } from "@/lib/checkin-form";
import { currentIsoWeek, lastCompletedIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone, localIsoDate } from "@/lib/local-date";
import { weekForReminderLink } from "@/lib/reminder-week";
import { REMINDER_WEEKDAYS, type ReminderWeekday } from "@/lib/validation/calendar";
import { parseWeekInput, WEEK_INPUT_MAX_LENGTH } from "@/lib/week-input";
import { Notice } from "./_components/notice";

export const metadata: Metadata = { title: "Check-in" };

type Props = { searchParams: Promise<{ week?: string | string[]; reminder?: string | string[] }> };

const isReminderWeekday = (value: unknown): value is ReminderWeekday =>
  typeof value === "string" && (REMINDER_WEEKDAYS as readonly string[]).includes(value);

/**
 * /checkin opens the week just ended; /checkin?week=… (the week picker without JavaScript) the week
 * typed; /checkin?reminder=friday (the calendar reminder's link) the week that reminder asks about.
 */
export default async function CheckinIndexPage({ searchParams }: Props) {
  await connection();
  const { profile } = await requireLeader();
  const { week, reminder } = await searchParams;
  const timeZone = leaderTimeZone(profile);
  const now = new Date();

  if (isReminderWeekday(reminder)) {
    const settings = profile.settings.reminder;
    redirect(
      `/checkin/${weekForReminderLink({
        weekday: reminder,
        alarmMinutesBefore: settings?.weekday === reminder ? settings.alarmMinutesBefore : 0,
        timeZone: settings?.timeZone ?? timeZone,
        now,
      })}`,
    );
  }

  const typed = typeof week === "string" ? week : null;
  if (typed === null) redirect(`/checkin/${lastCompletedIsoWeek(now, timeZone)}`);
  const today = localIsoDate(now, timeZone);
  const result = parseWeekInput(typed, today);
  if (result.ok) redirect(`/checkin/${result.week}`);

  const currentWeek = currentIsoWeek(now, timeZone);
  return (
    <div className="space-y-4">
      <Notice title="Which week?">
        <WeekPicker
          week={lastCompletedIsoWeek(now, timeZone)}
          currentWeek={currentWeek}
          today={today}
          recentWeeks={recentWeeks(currentWeek, 12)}
          initialValue={typed.slice(0, WEEK_INPUT_MAX_LENGTH)}
          initialError={result.error}
        />
        <Link href={`/checkin/${lastCompletedIsoWeek(now, timeZone)}`} className={buttonClass()}>
          Log last week
        </Link>
      </Notice>
    </div>
  );
}
