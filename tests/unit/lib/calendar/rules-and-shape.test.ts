import { describe, expect, it } from "vitest";
import { importCalendarWeek, type CalendarImportOptions, type CalendarWeek } from "@/lib/calendar";
import { defaultMergeMode, formHours, mergeHours, thinCalendarWarning } from "@/lib/calendar/merge";
import { weekShape } from "@/lib/calendar/shape";
import {
  calendarSettingsOrDefault,
  DEFAULT_CALENDAR_RULES,
  migrateCalendarRules,
  PREVIOUS_DEFAULT_CALENDAR_RULES,
  ruleOrderFix,
  withTitleRule,
  type CalendarRule,
} from "@/lib/validation/calendar";

const calendar = (...lines: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", ...lines, "END:VCALENDAR"].join("\r\n");
let uid = 0;
const event = (...lines: string[]) => ["BEGIN:VEVENT", `UID:e${uid++}`, ...lines, "END:VEVENT"];
const at = (start: string, end: string) => [`DTSTART:${start}`, `DTEND:${end}`];
const people = (organizer: string, ...attendees: string[]) => [
  `ORGANIZER:mailto:${organizer}`,
  ...attendees.map((a) => `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${a}`),
];

const ME = "lee@corp.example";
const MANAGER = "morgan@corp.example";
const base = { week: "2026-W47", timeZone: "UTC", emails: [ME], managerEmails: [MANAGER], rules: DEFAULT_CALENDAR_RULES };

function run(text: string, options: Partial<CalendarImportOptions> = {}): CalendarWeek {
  const result = importCalendarWeek(text, { ...base, ...options });
  if (!result.ok) throw new Error(`import failed: ${result.error}`);
  return result.value;
}

describe("default rule order", () => {
  it.each([
    { name: "1:1 with the manager, titled 1:1", summary: "Alex / Morgan 1:1", who: people(MANAGER, ME), category: "meetings", ticked: true },
    { name: "the manager's 1:1 whatever its title", summary: "Coaching", who: people(ME, MANAGER), category: "meetings", ticked: true },
    { name: "the manager among many", summary: "Leads round", who: people(MANAGER, ME, "kai@corp.example"), category: "meetings", ticked: false },
    { name: "1:1 with a report, no title hint", summary: "Jo", who: people(ME, "jo@corp.example"), category: "mentoring", ticked: false },
    { name: "1:1 with a report, titled 1:1", summary: "1:1 Jo / Lee", who: people("jo@corp.example", ME), category: "mentoring", ticked: false },
    { name: "1:1 title without attendees", summary: "1:1 Jo", who: [], category: "mentoring", ticked: false },
    { name: "hands-on title with one other", summary: "Pair coding", who: people(ME, "jo@corp.example"), category: "execution", ticked: false },
    { name: "group invitation that lists one person", summary: "Weekly staff meeting", who: people("dana@corp.example", ME), category: "meetings", ticked: false },
    { name: "interview with one candidate", summary: "Interview: backend", who: people(ME, "cand@mail.example"), category: "meetings", ticked: false },
    { name: "three people", summary: "Roadmap", who: people(ME, "a@corp.example", "b@corp.example"), category: "meetings", ticked: false },
    { name: "alone", summary: "Expenses", who: [], category: "other", ticked: false },
  ])("$name → $category", ({ summary, who, category, ticked }) => {
    const week = run(calendar(...event(`SUMMARY:${summary}`, ...at("20261117T090000Z", "20261117T093000Z"), ...who)));
    expect(week.events.map((e) => [e.category, e.isManagerOneOnOne])).toEqual([[category, ticked]]);
    expect(week.managerOneOnOne).toBe(ticked);
  });

  it("puts the manager rule first and documents the order", () => {
    expect(DEFAULT_CALENDAR_RULES[0]).toEqual({ match: "manager", category: "meetings" });
    expect(DEFAULT_CALENDAR_RULES.findIndex((r) => r.match === "one-on-one")).toBeGreaterThan(0);
  });
});

describe("saved rules", () => {
  it("reads the untouched previous defaults as the current ones", () => {
    expect(migrateCalendarRules(PREVIOUS_DEFAULT_CALENDAR_RULES)).toEqual(DEFAULT_CALENDAR_RULES);
    const saved = { emails: [], managerEmails: [MANAGER], rules: [...PREVIOUS_DEFAULT_CALENDAR_RULES] };
    expect(calendarSettingsOrDefault(saved, ME).rules).toEqual(DEFAULT_CALENDAR_RULES);
  });

  it("keeps rules a leader changed, and offers to move the manager rule up", () => {
    const own: CalendarRule[] = [{ match: "title", keywords: ["1:1"], category: "mentoring" }, { match: "manager", category: "meetings" }];
    expect(migrateCalendarRules(own)).toEqual(own);
    expect(ruleOrderFix(own)).toEqual([own[1], own[0]]);
    expect(ruleOrderFix(DEFAULT_CALENDAR_RULES)).toBeNull();
    expect(ruleOrderFix([{ match: "title", keywords: ["x"], category: "other" }])).toBeNull();
  });

  it("turns a correction into a title rule put first, replacing an older rule for the same title", () => {
    const once = withTitleRule(DEFAULT_CALENDAR_RULES, "  Design crit ", "execution");
    expect(once[0]).toEqual({ match: "title", keywords: ["Design crit"], category: "execution" });
    const twice = withTitleRule(once, "design crit", "meetings");
    expect(twice.length).toBe(once.length);
    expect(twice[0]).toEqual({ match: "title", keywords: ["design crit"], category: "meetings" });
    const week = run(calendar(...event("SUMMARY:Design crit", ...at("20261117T090000Z", "20261117T100000Z"), ...people(ME, "a@corp.example", "b@corp.example"))), {
      rules: once,
    });
    expect(week.events[0]!.category).toBe("execution");
  });
});

describe("several own addresses", () => {
  const HOME = "lee@home.example";
  const text = calendar(
    ...event("SUMMARY:Vendor pitch", ...at("20261117T090000Z", "20261117T100000Z"), "ORGANIZER:mailto:sales@v.example", `ATTENDEE;PARTSTAT=DECLINED:mailto:${HOME}`),
    ...event("SUMMARY:Jo", ...at("20261118T090000Z", "20261118T093000Z"), ...people(HOME, "jo@corp.example")),
    ...event("SUMMARY:Kim", ...at("20261119T090000Z", "20261119T093000Z"), ...people(HOME, "kim@corp.example")),
    ...event("SUMMARY:Roadmap", ...at("20261120T090000Z", "20261120T100000Z"), ...people(ME, HOME, "a@corp.example", "b@corp.example")),
  );

  it("skips a decline from any of them and finds 1:1s through each", () => {
    const both = run(text, { emails: [ME, HOME] });
    expect(both.skipped.map((s) => [s.summary, s.reason])).toEqual([["Vendor pitch", "declined"]]);
    expect(both.events.map((e) => [e.summary, e.category])).toEqual([
      ["Jo", "mentoring"],
      ["Kim", "mentoring"],
      ["Roadmap", "meetings"],
    ]);
    expect(both.suggestions.ownEmails).toEqual([]);
  });

  it("misses them with only the login address, and suggests the other one from the file", () => {
    const one = run(text, { emails: [ME], managerEmails: [] });
    expect(one.events.map((e) => e.summary)).toContain("Vendor pitch");
    expect(one.events.find((e) => e.summary === "Jo")!.category).toBe("meetings");
    expect(one.suggestions.ownEmails).toEqual([HOME]);
  });

  it("suggests 1:1 partners as the manager only while none is set", () => {
    expect(run(text, { emails: [ME, HOME], managerEmails: [] }).suggestions.managerCandidates).toEqual(["jo@corp.example", "kim@corp.example"]);
    expect(run(text, { emails: [ME, HOME] }).suggestions.managerCandidates).toEqual([]);
  });

  it("suggests the address Google names the export after", () => {
    const named = text.replace("VERSION:2.0", `VERSION:2.0\r\nX-WR-CALNAME:${HOME}`);
    expect(run(named, { emails: [ME] }).suggestions.ownEmails[0]).toBe(HOME);
  });
});

describe("every event accounted for", () => {
  it.each([
    { reason: "declined", lines: [...at("20261117T090000Z", "20261117T100000Z"), `ATTENDEE;PARTSTAT=DECLINED:mailto:${ME}`] },
    { reason: "cancelled", lines: [...at("20261117T090000Z", "20261117T100000Z"), "STATUS:CANCELLED"] },
    { reason: "all-day", lines: ["DTSTART;VALUE=DATE:20261117", "DTEND;VALUE=DATE:20261118"] },
    { reason: "all-day", lines: ["DTSTART;VALUE=DATE:20261117"] },
    { reason: "free", lines: [...at("20261117T090000Z", "20261117T100000Z"), "TRANSP:TRANSPARENT"] },
    // 10:00 in Tokyo on Monday 16 November is Sunday 15 November in New York: outside the leader's week.
    { reason: "outside-week", lines: ["DTSTART;TZID=Asia/Tokyo:20261116T100000", "DTEND;TZID=Asia/Tokyo:20261116T110000"], timeZone: "America/New_York" },
  ])("lists a $reason event as skipped, with the reason", ({ reason, lines, timeZone }) => {
    const week = run(calendar(...event("SUMMARY:Skipped one", ...lines), ...event("SUMMARY:Counted", ...at("20261119T090000Z", "20261119T100000Z"))), {
      timeZone: timeZone ?? "UTC",
    });
    expect(week.events.map((e) => e.summary)).toEqual(["Counted"]);
    expect(week.skipped.map((s) => [s.summary, s.reason])).toEqual([["Skipped one", reason]]);
    expect(week.skippedCounts[reason as keyof CalendarWeek["skippedCounts"]]).toBe(1);
  });

  it("lists an event wholly inside one already counted as an overlap, and counts a partial overlap's rest", () => {
    const week = run(
      calendar(
        ...event("SUMMARY:Workshop", ...at("20261117T090000Z", "20261117T120000Z")),
        ...event("SUMMARY:Inside", ...at("20261117T100000Z", "20261117T110000Z")),
        ...event("SUMMARY:Tail", ...at("20261117T113000Z", "20261117T130000Z")),
      ),
    );
    expect(week.events.map((e) => [e.summary, e.minutes])).toEqual([
      ["Workshop", 180],
      ["Tail", 60],
    ]);
    expect(week.skipped).toEqual([{ summary: "Inside", start: "2026-11-17T10:00:00Z", end: "2026-11-17T11:00:00Z", reason: "overlap" }]);
  });

  it("lists each occurrence of a cancelled repeating series in the week", () => {
    const week = run(calendar(...event("SUMMARY:Old standup", ...at("20261102T090000Z", "20261102T091500Z"), "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "STATUS:CANCELLED")));
    expect(week.skipped.map((s) => s.start)).toEqual(["2026-11-16T09:00:00Z", "2026-11-17T09:00:00Z", "2026-11-18T09:00:00Z", "2026-11-19T09:00:00Z", "2026-11-20T09:00:00Z"]);
    expect(week.events).toEqual([]);
  });
});

describe("files a lead's own client writes", () => {
  const one = (summary: string, day: string) =>
    ["BEGIN:VCALENDAR", "VERSION:2.0", ...event(`SUMMARY:${summary}`, ...at(`${day}T090000Z`, `${day}T100000Z`)), "END:VCALENDAR"].join("\r\n");
  it.each([
    { name: "a UTF-8 byte-order mark", text: `\uFEFF${one("A", "20261117")}`, summaries: ["A"] },
    { name: "two VCALENDAR blocks", text: `${one("A", "20261117")}\r\n${one("B", "20261118")}\r\n`, summaries: ["A", "B"] },
    { name: "joined files, each with a mark", text: `\uFEFF${one("A", "20261117")}\r\n\uFEFF${one("B", "20261118")}`, summaries: ["A", "B"] },
    { name: "stray blank lines", text: `\r\n\r\n${one("A", "20261117").replace("SUMMARY", "\r\n  \r\nSUMMARY")}\r\n\r\n`, summaries: ["A"] },
    { name: "LF line ends and blank lines", text: one("A", "20261117").replaceAll("\r\n", "\n\n"), summaries: ["A"] },
  ])("accepts $name", ({ text, summaries }) => {
    expect(run(text).events.map((e) => e.summary)).toEqual(summaries);
  });
});

describe("merge vs replace", () => {
  const calendarHours = { meetings: 6.1, execution: 1.5, mentoring: 0.65, other: 0 };
  const form = (m: string, e: string, me: string, o: string) => formHours({ "hours.meetings": m, "hours.execution": e, "hours.mentoring": me, "hours.other": o });

  it.each([
    { name: "keep: the calendar's meetings and mentoring, the form's hands-on and other", form: form("10", "30", "1", "2"), mode: "keep", hours: { meetings: 6, execution: 30, mentoring: 0.75, other: 2 } },
    { name: "keep: an empty field takes the calendar's hours", form: form("10", "", "1", "2"), mode: "keep", hours: { meetings: 6, execution: 1.5, mentoring: 0.75, other: 2 } },
    { name: "keep: a typed 0 stays 0", form: form("10", "0", "1", "0"), mode: "keep", hours: { meetings: 6, execution: 0, mentoring: 0.75, other: 0 } },
    { name: "replace: the calendar's four totals", form: form("10", "30", "1", "2"), mode: "replace", hours: { meetings: 6, execution: 1.5, mentoring: 0.75, other: 0 } },
  ] as const)("$name", ({ form, mode, hours }) => {
    expect(mergeHours(form, calendarHours, mode)).toEqual(hours);
  });

  it("defaults to keep when the form has hours, to replace when it is empty", () => {
    expect(defaultMergeMode(form("", "42", "", ""))).toBe("keep");
    expect(defaultMergeMode(form("", "", "", ""))).toBe("replace");
    expect(defaultMergeMode(form("0", "0", "", "x"))).toBe("replace");
  });

  it("warns when the calendar covers far less than a working week", () => {
    expect(thinCalendarWarning({ meetings: 6, execution: 2, mentoring: 0.25, other: 0 })).toMatch(/only 8.25 h this week/);
    expect(thinCalendarWarning({ meetings: 20, execution: 10, mentoring: 2, other: 0 })).toBeNull();
  });
});

describe("the shape of the week", () => {
  const ev = (start: string, end: string, extra: Partial<{ category: string; attendees: number; isRecurring: boolean }> = {}) => ({
    start,
    end,
    category: (extra.category ?? "meetings") as "meetings",
    minutes: (Date.parse(end) - Date.parse(start)) / 60_000,
    attendees: extra.attendees ?? 3,
    isRecurring: extra.isRecurring ?? false,
  });
  const empty = { focusBlocks: 0, backToBackRuns: 0, afterHoursMeetingHours: 0, meetingsOverOneHour: 0, meetingsOverEightPeople: 0, recurringMeetingShare: 0 };

  it.each([
    { name: "an empty week: one focus block a weekday", events: [], shape: { ...empty, focusBlocks: 5 } },
    {
      name: "a meeting at 11:00 leaves 08–11 and 12–18 free on Monday",
      events: [ev("2026-11-16T11:00:00Z", "2026-11-16T12:00:00Z")],
      shape: { ...empty, focusBlocks: 6 },
    },
    {
      name: "meetings every 1h50 leave no 2-hour stretch on Monday",
      events: [ev("2026-11-16T09:50:00Z", "2026-11-16T10:00:00Z"), ev("2026-11-16T11:50:00Z", "2026-11-16T12:00:00Z"), ev("2026-11-16T13:50:00Z", "2026-11-16T14:00:00Z"), ev("2026-11-16T15:50:00Z", "2026-11-16T16:10:00Z")],
      shape: { ...empty, focusBlocks: 4 },
    },
    {
      name: "hands-on blocks are focus time, not meetings",
      events: [ev("2026-11-16T08:00:00Z", "2026-11-16T18:00:00Z", { category: "execution" })],
      shape: { ...empty, focusBlocks: 5 },
    },
    {
      name: "three meetings with gaps under 5 minutes are one run; a fourth after 5 minutes is not in it",
      events: [
        ev("2026-11-17T09:00:00Z", "2026-11-17T09:30:00Z"),
        ev("2026-11-17T09:34:00Z", "2026-11-17T10:00:00Z"),
        ev("2026-11-17T10:00:00Z", "2026-11-17T10:30:00Z"),
        ev("2026-11-17T10:35:00Z", "2026-11-17T11:00:00Z"),
        ev("2026-11-18T09:00:00Z", "2026-11-18T09:30:00Z"),
        ev("2026-11-18T09:30:00Z", "2026-11-18T10:00:00Z"),
      ],
      shape: { ...empty, focusBlocks: 5, backToBackRuns: 1 },
    },
    {
      name: "after hours: 07:00–08:30, 17:30–19:00 and Saturday",
      events: [ev("2026-11-17T07:00:00Z", "2026-11-17T08:30:00Z"), ev("2026-11-18T17:30:00Z", "2026-11-18T19:00:00Z"), ev("2026-11-21T10:00:00Z", "2026-11-21T11:00:00Z")],
      shape: { ...empty, focusBlocks: 5, afterHoursMeetingHours: 3, meetingsOverOneHour: 2 },
    },
    {
      name: "large and recurring meetings",
      events: [
        ev("2026-11-19T09:00:00Z", "2026-11-19T10:00:00Z", { attendees: 9, isRecurring: true }),
        ev("2026-11-19T13:00:00Z", "2026-11-19T14:00:00Z", { attendees: 8, category: "mentoring" }),
        ev("2026-11-19T15:00:00Z", "2026-11-19T16:00:00Z", { attendees: 30, category: "other" }),
      ],
      // Thursday: 10–13 and 14–18 are free (08–09 is only an hour); "other" is not a meeting.
      shape: { ...empty, focusBlocks: 6, meetingsOverEightPeople: 1, recurringMeetingShare: 0.5 },
    },
  ])("$name", ({ events, shape }) => {
    expect(weekShape("2026-W47", events)).toEqual(shape);
  });

  it("counts real hours across a DST change: Sunday 01:00–04:00 in Berlin on 29 March 2026 is 2 h after hours", () => {
    const text = calendar(...event("SUMMARY:Migration call", "DTSTART;TZID=Europe/Berlin:20260329T010000", "DTEND;TZID=Europe/Berlin:20260329T040000", ...people(ME, "a@corp.example", "b@corp.example")));
    const week = run(text, { week: "2026-W13", timeZone: "Europe/Berlin" });
    expect(week.events.map((e) => [e.start, e.end, e.minutes])).toEqual([["2026-03-29T01:00:00+01:00", "2026-03-29T04:00:00+02:00", 120]]);
    expect(week.quality).toEqual({ ...empty, focusBlocks: 5, afterHoursMeetingHours: 2, meetingsOverOneHour: 1 });
  });

  it("reads a floating-time calendar in the leader's zone", () => {
    const text = calendar(
      ...event("SUMMARY:Team standup", "DTSTART:20261116T073000", "DTEND:20261116T081500", "RRULE:FREQ=DAILY;COUNT=5"),
      ...event("SUMMARY:Planning", "DTSTART:20261116T081500", "DTEND:20261116T090000"),
      ...event("SUMMARY:Team sync", "DTSTART:20261116T090200", "DTEND:20261116T100000"),
    );
    for (const timeZone of ["Europe/Berlin", "America/New_York"]) {
      const week = run(text, { timeZone });
      expect(week.hours.meetings * 60).toBeCloseTo(225 + 45 + 58);
      // Every morning 07:30–08:00 is after hours; Monday's three meetings run back to back (0 and 2 minutes apart);
      // 225 of 328 meeting minutes repeat.
      expect(week.quality).toEqual({ ...empty, focusBlocks: 5, backToBackRuns: 1, afterHoursMeetingHours: 2.5, recurringMeetingShare: 0.69 });
    }
  });
});
