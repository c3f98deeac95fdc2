import { describe, expect, it } from "vitest";
import { REMINDER_WEEKDAYS } from "@/lib/validation/calendar";
import { asksAboutItsOwnWeek, reminderCheckinPath, weekAskedAbout, weekForReminderLink } from "@/lib/reminder-week";

describe("weekAskedAbout", () => {
  it.each([
    // Mon 23 Nov 2026 starts 2026-W48.
    ["2026-11-23T09:00:00Z", "UTC", "2026-W47"],
    ["2026-11-25T23:59:00Z", "UTC", "2026-W47"],
    ["2026-11-26T00:00:00Z", "UTC", "2026-W48"],
    ["2026-11-27T16:00:00Z", "UTC", "2026-W48"],
    ["2026-11-29T23:59:00Z", "UTC", "2026-W48"],
    // Sunday 23:30 in UTC is already Monday in Berlin: it asks about the week just ended.
    ["2026-11-29T23:30:00Z", "Europe/Berlin", "2026-W48"],
    // Wednesday 23:30 UTC is Thursday in Berlin, still Wednesday in New York.
    ["2026-11-25T23:30:00Z", "Europe/Berlin", "2026-W48"],
    ["2026-11-25T23:30:00Z", "America/New_York", "2026-W47"],
    // Monday 09:00 in Auckland is Sunday evening in UTC.
    ["2026-11-29T20:00:00Z", "Pacific/Auckland", "2026-W48"],
    // Across a year with 53 weeks: Mon 4 Jan 2027 asks about 2026-W53.
    ["2027-01-04T08:00:00Z", "Europe/Berlin", "2026-W53"],
    // The DST change in Berlin (Sun 29 Mar 2026) does not move the day.
    ["2026-03-30T07:00:00Z", "Europe/Berlin", "2026-W13"],
  ])("a reminder at %s in %s asks about %s", (instant, zone, week) => {
    expect(weekAskedAbout(new Date(instant), zone)).toBe(week);
  });
});

describe("weekForReminderLink", () => {
  const link = (weekday: (typeof REMINDER_WEEKDAYS)[number], now: string, alarmMinutesBefore = 0, timeZone = "Europe/Berlin") =>
    weekForReminderLink({ weekday, alarmMinutesBefore, timeZone, now: new Date(now) });

  it("opens the week a Friday reminder asks about, not the one before (the old link's mistake)", () => {
    expect(link("friday", "2026-11-27T15:00:00Z")).toBe("2026-W48");
  });

  it.each([
    // Friday reminders: followed that Friday, the weekend after, or the next Monday to Thursday.
    ["friday", "2026-11-27T06:00:00Z", 0, "2026-W48"],
    ["friday", "2026-11-29T20:00:00Z", 0, "2026-W48"],
    ["friday", "2026-11-30T08:00:00Z", 0, "2026-W48"],
    ["friday", "2026-12-03T20:00:00Z", 0, "2026-W48"],
    ["friday", "2026-12-04T08:00:00Z", 0, "2026-W49"],
    // An alarm a day early fires on Thursday for Friday's reminder.
    ["friday", "2026-11-26T16:00:00Z", 1440, "2026-W48"],
    ["friday", "2026-11-26T16:00:00Z", 0, "2026-W47"],
    // Monday reminders ask about the week before.
    ["monday", "2026-11-30T08:00:00Z", 0, "2026-W48"],
    ["monday", "2026-12-02T08:00:00Z", 0, "2026-W48"],
    ["monday", "2026-11-29T20:00:00Z", 0, "2026-W47"],
    ["monday", "2026-11-29T20:00:00Z", 600, "2026-W48"],
    ["sunday", "2026-11-29T10:00:00Z", 0, "2026-W48"],
    ["sunday", "2026-11-30T10:00:00Z", 0, "2026-W48"],
  ] as const)("a %s reminder followed at %s (alarm %i min early) opens %s", (weekday, now, alarm, week) => {
    expect(link(weekday, now, alarm)).toBe(week);
  });

  it("agrees with weekAskedAbout when followed at the reminder itself, on every weekday", () => {
    for (const [i, weekday] of REMINDER_WEEKDAYS.entries()) {
      const at = new Date(Date.UTC(2026, 10, 23 + i, 9, 0));
      expect(link(weekday, at.toISOString(), 0, "UTC")).toBe(weekAskedAbout(at, "UTC"));
    }
  });

  it("asks about its own week from Thursday on", () => {
    expect(REMINDER_WEEKDAYS.filter(asksAboutItsOwnWeek)).toEqual(["thursday", "friday", "saturday", "sunday"]);
  });

  it("links to the check-in with the weekday", () => {
    expect(reminderCheckinPath("friday")).toBe("/checkin?reminder=friday");
  });
});
