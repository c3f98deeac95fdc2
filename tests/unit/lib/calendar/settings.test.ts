import { describe, expect, it } from "vitest";
import { calendarPrefill, roundToQuarterHour } from "@/lib/calendar";
import { calendarSettingsOrDefault, DEFAULT_CALENDAR_RULES } from "@/lib/validation/calendar";
import { settingsSchema } from "@/lib/validation/profile";

describe("settings with calendar and reminder keys", () => {
  it.each([
    { name: "empty", input: {}, ok: true },
    { name: "null", input: null, ok: true },
    {
      name: "full",
      input: {
        calendar: { emails: ["Sam@Example.com"], managerEmails: ["boss@example.com"], rules: DEFAULT_CALENDAR_RULES },
        reminder: { weekday: "friday", time: "16:30", alarmMinutesBefore: 10, timeZone: "Europe/Berlin" },
      },
      ok: true,
    },
    { name: "bad email", input: { calendar: { emails: ["nope"], managerEmails: [], rules: [] } }, ok: false, path: "calendar.emails.0" },
    {
      name: "empty keyword list",
      input: { calendar: { emails: [], managerEmails: [], rules: [{ match: "title", keywords: [], category: "meetings" }] } },
      ok: false,
      path: "calendar.rules.0.keywords",
    },
    { name: "bad time", input: { reminder: { weekday: "friday", time: "25:00", alarmMinutesBefore: 0 } }, ok: false, path: "reminder.time" },
    { name: "unknown key", input: { theme: "dark" }, ok: false, path: "" },
  ])("$name", ({ input, ok, path }) => {
    const result = settingsSchema.safeParse(input);
    expect(result.success).toBe(ok);
    if (!result.success && path !== undefined) expect(result.error.issues[0]!.path.join(".")).toBe(path);
  });

  it("lowercases and de-duplicates addresses", () => {
    const parsed = settingsSchema.parse({ calendar: { emails: ["A@x.io", "a@X.io"], managerEmails: [], rules: [] } });
    expect(parsed.calendar?.emails).toEqual(["a@x.io"]);
  });

  it.each([
    { saved: undefined, account: "Sam@Example.com", emails: ["sam@example.com"], rules: DEFAULT_CALENDAR_RULES },
    { saved: { emails: [], managerEmails: ["m@x.io"], rules: [] }, account: "s@x.io", emails: ["s@x.io"], rules: [] },
    { saved: { emails: ["work@x.io"], managerEmails: [], rules: [] }, account: "s@x.io", emails: ["work@x.io"], rules: [] },
  ])("defaults the calendar addresses to the account email ($account)", ({ saved, account, emails, rules }) => {
    expect(calendarSettingsOrDefault(saved, account)).toMatchObject({ emails, rules });
  });
});

describe("calendarPrefill", () => {
  it.each([
    [7.1, 7],
    [7.125, 7.25],
    [20 / 60, 0.25],
    [0.1, 0],
    [120, 100],
  ])("rounds %d h to %d h", (exact, rounded) => {
    expect(roundToQuarterHour(exact)).toBe(rounded);
  });

  it("rounds each total and ticks the manager 1:1 when one was seen", () => {
    const events = [
      { category: "meetings" as const, minutes: 50, isManagerOneOnOne: false },
      { category: "meetings" as const, minutes: 20, isManagerOneOnOne: true },
      { category: "execution" as const, minutes: 100, isManagerOneOnOne: false },
    ];
    expect(calendarPrefill(events)).toEqual({ hours: { meetings: 1.25, execution: 1.75, mentoring: 0, other: 0 }, managerOneOnOne: true });
    expect(calendarPrefill(events.filter((e) => !e.isManagerOneOnOne)).managerOneOnOne).toBe(false);
  });
});
