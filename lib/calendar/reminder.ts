import { tzOffset, tzScan } from "@date-fns/tz";
import ICAL from "ical.js";
import { isoWeekOfInstant, isoWeekStartDate } from "../iso-week";
import { asksAboutItsOwnWeek } from "../reminder-week";
import { REMINDER_WEEKDAYS, type ReminderSettings } from "../validation/calendar";
import { floatingTime } from "./zones";

const RRULE_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
const DURATION_MINUTES = 15;

export type ReminderInput = {
  /** Stable per leader, so a downloaded reminder replaces the earlier one. */
  uid: string;
  reminder: ReminderSettings;
  timeZone: string;
  /** Opens the week the reminder asks about (reminderCheckinPath). */
  checkinUrl: string;
  now: Date;
};

function observance(kind: "standard" | "daylight", wallStartMs: number, from: number, to: number): ICAL.Component {
  const component = new ICAL.Component(kind);
  component.addPropertyWithValue("dtstart", floatingTime(wallStartMs));
  component.addPropertyWithValue("tzoffsetfrom", ICAL.UtcOffset.fromSeconds(from * 60));
  component.addPropertyWithValue("tzoffsetto", ICAL.UtcOffset.fromSeconds(to * 60));
  return component;
}

/** A VTIMEZONE for an IANA zone, its transitions listed one by one from a year back to ten years ahead (from Intl). */
export function vtimezoneFor(timeZone: string, now: Date): ICAL.Component {
  const year = now.getUTCFullYear();
  const start = new Date(Date.UTC(year - 1, 0, 1));
  const changes = tzScan(timeZone, { start, end: new Date(Date.UTC(year + 11, 0, 1)) });
  const vtimezone = new ICAL.Component("vtimezone");
  vtimezone.addPropertyWithValue("tzid", timeZone);
  const initial = tzOffset(timeZone, start);
  const firstIsDaylight = (changes[0]?.change ?? 0) < 0;
  vtimezone.addSubcomponent(observance(firstIsDaylight ? "daylight" : "standard", Date.UTC(1970, 0, 1), initial, initial));
  for (const change of changes) {
    const from = change.offset - change.change;
    const wallBefore = change.date.getTime() + from * 60_000;
    vtimezone.addSubcomponent(observance(change.change > 0 ? "daylight" : "standard", wallBefore, from, change.offset));
  }
  return vtimezone;
}

/** The first reminder on or after this week's Monday, as a wall-clock time in the leader's zone. */
function firstStart(reminder: ReminderSettings, timeZone: string, now: Date): ICAL.Time {
  const monday = isoWeekStartDate(isoWeekOfInstant(now, timeZone));
  const [y, m, d] = monday.split("-").map(Number) as [number, number, number];
  const [hour, minute] = reminder.time.split(":").map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m - 1, d + REMINDER_WEEKDAYS.indexOf(reminder.weekday)));
  return floatingTime(day.getTime() + (hour * 60 + minute) * 60_000);
}

/** A weekly reminder event as an .ics file: recurring in the leader's zone, with an alarm and the check-in link. */
export function reminderCalendar({ uid, reminder, timeZone, checkinUrl, now }: ReminderInput): string {
  const calendar = new ICAL.Component("vcalendar");
  calendar.addPropertyWithValue("prodid", "-//Pendulum//Weekly check-in reminder//EN");
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("method", "PUBLISH");
  calendar.addSubcomponent(vtimezoneFor(timeZone, now));

  const event = new ICAL.Component("vevent");
  event.addPropertyWithValue("uid", uid);
  event.addPropertyWithValue("dtstamp", ICAL.Time.fromJSDate(now, true));
  // Calendars keep the copy with the highest SEQUENCE for a UID; minutes since 2020 always grow.
  event.addPropertyWithValue("sequence", Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000));
  const dtstart = event.addPropertyWithValue("dtstart", firstStart(reminder, timeZone, now));
  dtstart.setParameter("tzid", timeZone);
  event.addPropertyWithValue("duration", ICAL.Duration.fromData({ minutes: DURATION_MINUTES }));
  event.addPropertyWithValue("rrule", ICAL.Recur.fromData({ freq: "WEEKLY", byday: [RRULE_DAYS[REMINDER_WEEKDAYS.indexOf(reminder.weekday)]!] }));
  event.addPropertyWithValue("summary", "Pendulum: log your week");
  const question = asksAboutItsOwnWeek(reminder.weekday) ? "how did this week go?" : "how did last week go?";
  event.addPropertyWithValue("description", `Five minutes: ${question} ${checkinUrl}`);
  event.addPropertyWithValue("url", checkinUrl);
  event.addPropertyWithValue("transp", "TRANSPARENT");

  const alarm = new ICAL.Component("valarm");
  alarm.addPropertyWithValue("action", "DISPLAY");
  alarm.addPropertyWithValue("description", "Log your week in Pendulum");
  alarm.addPropertyWithValue("trigger", ICAL.Duration.fromData({ minutes: reminder.alarmMinutesBefore, isNegative: reminder.alarmMinutesBefore > 0 }));
  event.addSubcomponent(alarm);
  calendar.addSubcomponent(event);
  return calendar.toString().replace(/\r?\n/g, "\r\n") + "\r\n";
}
