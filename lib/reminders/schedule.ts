import { TZDate } from "@date-fns/tz";
import { addIsoWeeks, compareIsoWeeks, isoWeekOfInstant } from "../iso-week";
import { DEFAULT_TIME_ZONE, localIsoDate } from "../local-date";
import { weekAskedAbout } from "../reminder-week";
import { DEFAULT_REMINDER, REMINDER_WEEKDAYS, type ReminderSettings, type ReminderWeekday } from "../validation/calendar";
import type { ReminderKind } from "./kinds";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A reminder still goes out this long after its time (a run every hour, or a server that was down a while). */
export const REMINDER_GRACE_MS = 24 * HOUR_MS;
/** A still-empty week gets its nudge this long after its reminder, during one day. */
export const NUDGE_DELAY_MS = 2 * DAY_MS;
export const NUDGE_WINDOW_MS = 24 * HOUR_MS;
/** Never more than this many missed-week nudges for consecutive weeks. */
export const MAX_NUDGES_IN_A_ROW = 2;

/** What the run knows about one leader; nothing they wrote (notes) is ever read. */
export type LeaderMailState = {
  userId: string;
  email: string;
  reminder: ReminderSettings | undefined;
  profileTimeZone: string | null;
  /** When the account was created: no mail asks about a week before it. */
  joinedAt: Date;
  /** The weeks with a check-in, at least the last few. */
  loggedWeeks: ReadonlySet<string>;
  /** The weeks that already had a missed-week nudge. */
  nudgedWeeks: ReadonlySet<string>;
};

export type SkipReason = "email-off" | "already-logged" | "before-joining" | "nudged-twice-in-a-row";
export type DueMail = { kind: ReminderKind; week: string; at: Date };
export type MailDecision = (DueMail & { send: true }) | (DueMail & { send: false; reason: SkipReason });

/** The leader's reminder day and time (Monday 09:00 until they choose), whether mail is on (on by default), and zone. */
export function reminderPreferences(state: Pick<LeaderMailState, "reminder" | "profileTimeZone">) {
  const reminder = state.reminder ?? DEFAULT_REMINDER;
  return {
    weekday: reminder.weekday,
    time: reminder.time,
    email: reminder.email !== false,
    timeZone: reminder.timeZone ?? state.profileTimeZone ?? DEFAULT_TIME_ZONE,
  };
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const weekdayIndex = (isoDate: string) => (new Date(Date.parse(`${isoDate}T00:00:00Z`)).getUTCDay() + 6) % 7;

/**
 * The latest instant on or before `now` at `weekday` `time` on the wall clock of `timeZone`. A time
 * that a daylight-saving change skips is read as the instant just after the gap.
 */
export function latestOccurrence({ weekday, time, timeZone, now }: { weekday: ReminderWeekday; time: string; timeZone: string; now: Date }): Date {
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const today = localIsoDate(now, timeZone);
  const back = (weekdayIndex(today) - REMINDER_WEEKDAYS.indexOf(weekday) + 7) % 7;
  for (const days of [back, back + 7]) {
    const [y, m, d] = addDays(today, -days).split("-").map(Number) as [number, number, number];
    const at = new Date(new TZDate(y, m - 1, d, hour, minute, 0, timeZone).getTime());
    if (at.getTime() <= now.getTime()) return at;
  }
  throw new Error("unreachable: an occurrence a week back is always in the past");
}

/**
 * The mails due for one leader at `now`: the weekly reminder during REMINDER_GRACE_MS after its time,
 * for the week it asks about, unless that week is logged; a missed-week nudge for the same week
 * NUDGE_DELAY_MS later if it is still empty, unless the two weeks before were both nudged. Mails
 * that are not due are not listed; due ones the leader does not get come with the reason.
 */
export function dueMails(state: LeaderMailState, now: Date): MailDecision[] {
  const prefs = reminderPreferences(state);
  const at = latestOccurrence({ ...prefs, now });
  const week = weekAskedAbout(at, prefs.timeZone);
  const since = now.getTime() - at.getTime();
  const kind: ReminderKind | null =
    since < REMINDER_GRACE_MS ? "weekly-reminder" : since >= NUDGE_DELAY_MS && since < NUDGE_DELAY_MS + NUDGE_WINDOW_MS ? "missed-week" : null;
  if (!kind) return [];
  const due = kind === "weekly-reminder" ? { kind, week, at } : { kind, week, at: new Date(at.getTime() + NUDGE_DELAY_MS) };
  const skip = (reason: SkipReason): MailDecision[] => [{ ...due, send: false, reason }];
  if (compareIsoWeeks(week, isoWeekOfInstant(state.joinedAt, prefs.timeZone)) < 0) return skip("before-joining");
  if (state.loggedWeeks.has(week)) return skip("already-logged");
  if (kind === "missed-week") {
    const previous = Array.from({ length: MAX_NUDGES_IN_A_ROW }, (_, i) => addIsoWeeks(week, -(i + 1)));
    if (previous.every((w) => state.nudgedWeeks.has(w))) return skip("nudged-twice-in-a-row");
  }
  if (!prefs.email) return skip("email-off");
  return [{ ...due, send: true }];
}
