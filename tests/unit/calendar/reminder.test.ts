import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { handleReminder, reminderUid } from "@/app/api/reminder.ics/handle-reminder";
import { type Db } from "@/db/client";
import { saveProfile, saveSettings } from "@/db/queries/profiles";
import { reminderCalendar } from "@/lib/calendar/reminder";
import { makeProfile } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** The first occurrences as UTC instants, resolved through the file's own VTIMEZONE. */
function occurrencesUtc(ics: string, count: number): string[] {
  const { event } = parse(ics);
  const iterator = event.iterator();
  const out: string[] = [];
  for (let next = iterator.next(); next && out.length < count; next = iterator.next()) out.push(next.toJSDate().toISOString());
  return out;
}

describe("reminderCalendar", () => {
  const base = {
    uid: "reminder-1@pendulum",
    reminder: { weekday: "friday" as const, time: "16:30", alarmMinutesBefore: 10, timeZone: null },
    checkinUrl: "https://pendulum.example/checkin",
  };

  it("parses back as a weekly event with an alarm, the link and the time zone", () => {
    const ics = reminderCalendar({ ...base, timeZone: "Europe/Berlin", now: new Date("2026-11-26T09:00:00Z") });
    const { calendar, vevent, event } = parse(ics);
    expect(ics).toMatch(/\r\n/);
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Berlin");
    expect(vevent.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Berlin");
    expect(String(vevent.getFirstPropertyValue("rrule"))).toBe("FREQ=WEEKLY;BYDAY=FR");
    expect(event.uid).toBe("reminder-1@pendulum");
    expect(vevent.getFirstPropertyValue("url")).toBe("https://pendulum.example/checkin");
    expect(event.description).toContain("https://pendulum.example/checkin");
    const alarm = vevent.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarm.getFirstPropertyValue("trigger"))).toBe("-PT10M");
  });

  it.each([
    {
      zone: "Europe/Berlin",
      now: "2026-03-20T09:00:00Z",
      // 16:30 CET, then 16:30 CEST after the 29 March change.
      expected: ["2026-03-20T15:30:00.000Z", "2026-03-27T15:30:00.000Z", "2026-04-03T14:30:00.000Z"],
    },
    {
      zone: "America/New_York",
      now: "2026-10-20T12:00:00Z",
      expected: ["2026-10-23T20:30:00.000Z", "2026-10-30T20:30:00.000Z", "2026-11-06T21:30:00.000Z"],
    },
    { zone: "Asia/Kolkata", now: "2026-06-01T00:00:00Z", expected: ["2026-06-05T11:00:00.000Z", "2026-06-12T11:00:00.000Z", "2026-06-19T11:00:00.000Z"] },
  ])("keeps the wall-clock time across DST in $zone", ({ zone, now, expected }) => {
    expect(occurrencesUtc(reminderCalendar({ ...base, timeZone: zone, now: new Date(now) }), 3)).toEqual(expected);
  });

  it("alarms at the start when zero minutes before", () => {
    const ics = reminderCalendar({ ...base, reminder: { ...base.reminder, alarmMinutesBefore: 0 }, timeZone: "UTC", now: new Date("2026-11-26T09:00:00Z") });
    expect(String(parse(ics).vevent.getFirstSubcomponent("valarm")!.getFirstPropertyValue("trigger"))).toBe("PT0S");
  });
});

describe("GET /api/reminder.ics", () => {
  let db: Db;
  freshDbEachTest(["a", "b"], async (temp) => {
    db = temp.db;
    await saveProfile(db, "a", makeProfile({ displayName: "A", previousRole: "it", timeZone: "America/New_York" }));
  });

  const get = (userId: string | null, now = "2026-11-26T09:00:00Z") =>
    handleReminder({ db, userId, baseUrl: "https://pendulum.example", now: new Date(now) });

  it("answers 401 JSON without a session", async () => {
    const response = await get(null);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/Sign in/), issues: [] });
  });

  it("serves the leader's reminder as a calendar download with a UID stable across downloads", async () => {
    await saveSettings(db, "a", { reminder: { weekday: "monday", time: "09:15", alarmMinutesBefore: 5, timeZone: null } });
    const first = await get("a");
    expect(first.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(first.headers.get("content-disposition")).toMatch(/attachment; filename="pendulum-reminder.ics"/);
    const one = parse(await first.text());
    const two = parse(await (await get("a", "2026-12-03T09:00:00Z")).text());
    expect(one.event.uid).toBe(two.event.uid);
    expect(one.event.uid).toBe(reminderUid("a"));
    expect(one.event.uid).not.toContain("a@");
    expect(reminderUid("b")).not.toBe(reminderUid("a"));
    expect(Number(two.vevent.getFirstPropertyValue("sequence"))).toBeGreaterThan(Number(one.vevent.getFirstPropertyValue("sequence")));
    expect(String(one.vevent.getFirstPropertyValue("rrule"))).toBe("FREQ=WEEKLY;BYDAY=MO");
    expect(one.vevent.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("America/New_York");
    expect(one.event.startDate.toString()).toBe("2026-11-23T09:15:00");
    expect(one.vevent.getFirstPropertyValue("url")).toBe("https://pendulum.example/checkin?reminder=monday");
    expect(one.event.description).toBe("Five minutes: how did last week go? https://pendulum.example/checkin?reminder=monday");
  });

  it("falls back to Monday 09:00 (the e-mail reminder's default too) in UTC for a leader without profile or settings", async () => {
    const { vevent, event } = parse(await (await get("b")).text());
    expect(String(vevent.getFirstPropertyValue("rrule"))).toBe("FREQ=WEEKLY;BYDAY=MO");
    expect(vevent.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("UTC");
    expect(event.startDate.toString()).toBe("2026-11-23T09:00:00");
    expect(vevent.getFirstPropertyValue("url")).toBe("https://pendulum.example/checkin?reminder=monday");
    expect(event.description).toMatch(/^Five minutes: how did last week go\? /);
  });
});
