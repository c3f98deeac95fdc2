import { describe, expect, it } from "vitest";
import { calendarPrefill, formatEventTime, roundToQuarterHour } from "@/lib/calendar";
import { calendarSettingsOrDefault, DEFAULT_CALENDAR_RULES } from "@/lib/validation/calendar";
import { settingsSchema } from "@/lib/validation/profile";
import { toFieldIssues } from "@/lib/validation/issues";
import {
  calendarSettingsFieldOf,
  calendarSettingsFormSchema,
  calendarSettingsFormToShape,
  calendarSettingsToFormValues,
  fromEditableRules,
  toEditableRules,
} from "@/lib/calendar/settings-form";

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

describe("formatEventTime", () => {
  it.each([
    ["2026-11-16T10:00:00+01:00", "2026-11-16T11:00:00+01:00", "Mon 16 Nov, 10:00–11:00"],
    ["2026-03-28T23:00:00+01:00", "2026-03-29T04:00:00+02:00", "Sat 28 Mar, 23:00 – Sun 29 Mar, 04:00"],
    ["2026-03-24T15:00:00Z", "2026-03-24T16:00:00Z", "Tue 24 Mar, 15:00–16:00"],
  ])("%s → %s", (start, end, label) => {
    expect(formatEventTime(start, end)).toBe(label);
  });
});

describe("calendar settings form", () => {
  it("turns form fields into settings that validate", () => {
    const shape = calendarSettingsFormToShape([
      ["emails", "Lee@corp.example\nlee@home.example"],
      ["managerEmails", "morgan@corp.example, "],
      ["rules", JSON.stringify(fromEditableRules([{ match: "title", keywords: "standup,  sync ,", category: "meetings" }, { match: "manager", keywords: "", category: "meetings" }]))],
      ["weekday", "friday"],
      ["time", "16:30"],
      ["alarmMinutesBefore", "15"],
      ["$ACTION_ID_x", ""],
    ]);
    expect(calendarSettingsFormSchema.parse(shape)).toEqual({
      calendar: {
        emails: ["lee@corp.example", "lee@home.example"],
        managerEmails: ["morgan@corp.example"],
        rules: [
          { match: "title", keywords: ["standup", "sync"], category: "meetings" },
          { match: "manager", category: "meetings" },
        ],
      },
      reminder: { weekday: "friday", time: "16:30", alarmMinutesBefore: 15, timeZone: null },
    });
  });

  it.each([
    [{ emails: "not-an-address" }, "emails"],
    [{ alarmMinutesBefore: "ten" }, "alarmMinutesBefore"],
    [{ rules: "{broken" }, "rules"],
    [{ time: "" }, "time"],
  ])("maps a bad %j to the %s field", (over, field) => {
    const values = { ...calendarSettingsToFormValues({}, "lee@corp.example"), ...over };
    const result = calendarSettingsFormSchema.safeParse(calendarSettingsFormToShape(Object.entries(values)));
    expect(result.success).toBe(false);
    if (!result.success) expect(calendarSettingsFieldOf(toFieldIssues(result.error)[0]!.path)).toBe(field);
  });

  it("round-trips the defaults", () => {
    const values = calendarSettingsToFormValues({}, "Lee@corp.example");
    expect(values.emails).toBe("lee@corp.example");
    const parsed = calendarSettingsFormSchema.parse(calendarSettingsFormToShape(Object.entries(values)));
    expect(parsed.calendar.rules).toEqual(DEFAULT_CALENDAR_RULES);
    expect(toEditableRules(parsed.calendar.rules).map((r) => r.match)).toEqual(["manager", "title", "title", "one-on-one", "title"]);
    expect(toEditableRules(parsed.calendar.rules)[4]!.keywords).toBe("1:1, 1-1, one on one, coaching, mentoring");
  });
});
