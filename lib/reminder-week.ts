import { addIsoWeeks, isoWeekOfDate } from "./iso-week";
import { localIsoDate } from "./local-date";
import { REMINDER_WEEKDAYS, type ReminderWeekday } from "./validation/calendar";

const DAY_MS = 86_400_000;
/** From Thursday on most of the week is behind the leader, so a reminder asks about it; earlier, about the week before. */
const FIRST_DAY_ASKING_ABOUT_ITS_OWN_WEEK = REMINDER_WEEKDAYS.indexOf("thursday");

/** Monday 0 … Sunday 6 of a calendar date (YYYY-MM-DD). */
function weekdayIndex(isoDate: string): number {
  return (new Date(Date.parse(`${isoDate}T00:00:00Z`)).getUTCDay() + 6) % 7;
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a reminder on this weekday asks about the week it falls in ("how did this week go?") or the one before. */
export function asksAboutItsOwnWeek(weekday: ReminderWeekday): boolean {
  return REMINDER_WEEKDAYS.indexOf(weekday) >= FIRST_DAY_ASKING_ABOUT_ITS_OWN_WEEK;
}

/**
 * The ISO week a reminder sent at `instant` asks about, on the wall clock of `timeZone`: Monday to
 * Wednesday it is the week before ("how did last week go?"), Thursday to Sunday the week itself.
 */
export function weekAskedAbout(instant: Date, timeZone: string): string {
  const date = localIsoDate(instant, timeZone);
  const week = isoWeekOfDate(date);
  return weekdayIndex(date) >= FIRST_DAY_ASKING_ABOUT_ITS_OWN_WEEK ? week : addIsoWeeks(week, -1);
}

/**
 * The week a recurring reminder's link should open when followed at `now`: the one asked about by
 * the latest occurrence on or before that day. The alarm can fire up to a day early, so `now` is
 * moved forward by it first; an occurrence counts from the start of its day.
 */
export function weekForReminderLink({
  weekday,
  alarmMinutesBefore = 0,
  timeZone,
  now,
}: {
  weekday: ReminderWeekday;
  alarmMinutesBefore?: number;
  timeZone: string;
  now: Date;
}): string {
  const lead = Math.min(Math.max(alarmMinutesBefore, 0), 1440) * 60_000;
  const day = localIsoDate(new Date(now.getTime() + lead), timeZone);
  const back = (weekdayIndex(day) - REMINDER_WEEKDAYS.indexOf(weekday) + 7) % 7;
  const occurrence = addDays(day, -back);
  const week = isoWeekOfDate(occurrence);
  return asksAboutItsOwnWeek(weekday) ? week : addIsoWeeks(week, -1);
}

/** The path a recurring reminder links to; /checkin resolves the week when it is followed. */
export function reminderCheckinPath(weekday: ReminderWeekday): string {
  return `/checkin?reminder=${weekday}`;
}
