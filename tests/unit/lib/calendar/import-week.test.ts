import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hoursByCategory, importCalendarWeek, type CalendarImportOptions, type CalendarWeek } from "@/lib/calendar";
import { DEFAULT_CALENDAR_RULES, PREVIOUS_DEFAULT_CALENDAR_RULES, type CalendarRule } from "@/lib/validation/calendar";

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/calendar/${name}`, import.meta.url), "utf8");

function run(text: string, options: Partial<CalendarImportOptions> & Pick<CalendarImportOptions, "week" | "timeZone">): CalendarWeek {
  const result = importCalendarWeek(text, { emails: [], managerEmails: [], rules: DEFAULT_CALENDAR_RULES, ...options });
  if (!result.ok) throw new Error(`import failed: ${result.error}`);
  return result.value;
}

const brief = (week: CalendarWeek) => week.events.map((e) => `${e.start} ${e.end} ${e.category} ${e.minutes} ${e.summary}`);

describe("importCalendarWeek on exports", () => {
  it.each([
    {
      name: "Google, Europe/Berlin, DST on Sunday 29 March",
      file: "google-berlin-dst.ics",
      options: { week: "2026-W13", timeZone: "Europe/Berlin", emails: ["sam@example.com"] },
      hours: { meetings: 4, execution: 7, mentoring: 1, other: 0 },
      events: [
        "2026-03-23T14:00:00+01:00 2026-03-23T15:00:00+01:00 meetings 60 Team sync (moved)",
        "2026-03-24T09:00:00+01:00 2026-03-24T09:30:00+01:00 mentoring 30 1:1 Jo / Sam",
        "2026-03-24T16:00:00+01:00 2026-03-24T17:00:00+01:00 meetings 60 Customer call",
        "2026-03-26T13:00:00+01:00 2026-03-26T16:00:00+01:00 execution 180 Focus time",
        "2026-03-27T10:00:00+01:00 2026-03-27T12:00:00+01:00 meetings 120 Quarter planning",
        "2026-03-27T11:00:00+01:00 2026-03-27T12:30:00+01:00 mentoring 30 Coaching Kim",
        "2026-03-28T23:00:00+01:00 2026-03-29T04:00:00+02:00 execution 240 Release build overnight",
      ],
    },
    {
      name: "Outlook, Windows zone names, folded lines, DST on Sunday 8 March",
      file: "outlook-new-york-dst.ics",
      options: { week: "2026-W10", timeZone: "America/New_York", emails: ["lee@corp.example"], managerEmails: ["morgan@corp.example"] },
      hours: { meetings: 3.25, execution: 5, mentoring: 0, other: 2 },
      events: [
        "2026-03-02T09:00:00-05:00 2026-03-02T10:00:00-05:00 meetings 60 Weekly staff meeting",
        "2026-03-03T09:30:00-05:00 2026-03-03T09:45:00-05:00 meetings 15 Daily standup",
        "2026-03-03T14:00:00-05:00 2026-03-03T16:00:00-05:00 other 120 Write quarterly plan",
        "2026-03-04T09:00:00-05:00 2026-03-04T10:00:00-05:00 meetings 60 Call with the Berlin team about the migration timeline and the on-call handover",
        "2026-03-05T11:00:00-05:00 2026-03-05T11:15:00-05:00 meetings 15 Daily standup (later today)",
        "2026-03-06T09:30:00-05:00 2026-03-06T09:45:00-05:00 meetings 15 Daily standup",
        "2026-03-06T13:00:00-05:00 2026-03-06T13:30:00-05:00 meetings 30 Check-in with Morgan",
        "2026-03-07T23:00:00-05:00 2026-03-08T05:00:00-04:00 execution 300 Night maintenance - coding the cut-over",
      ],
    },
    {
      name: "Apple, floating times, clipped at both ends, moved and cancelled occurrences",
      file: "apple-floating-clipped.ics",
      options: { week: "2026-W47", timeZone: "Europe/Berlin", emails: ["robin@example.org"] },
      hours: { meetings: 2.75, execution: 4, mentoring: 1.5, other: 0 },
      events: [
        "2026-11-16T00:00:00+01:00 2026-11-16T00:30:00+01:00 mentoring 30 Coaching call",
        "2026-11-17T09:00:00+01:00 2026-11-17T12:00:00+01:00 execution 180 Deep work",
        "2026-11-18T10:00:00+01:00 2026-11-18T10:45:00+01:00 meetings 45 Interview: backend engineer",
        "2026-11-18T17:00:00+01:00 2026-11-18T18:00:00+01:00 meetings 60 Sync with the SF office",
        "2026-11-19T15:00:00+01:00 2026-11-19T16:00:00+01:00 meetings 60 Team retro",
        "2026-11-20T14:00:00+01:00 2026-11-20T15:00:00+01:00 execution 60 Design review (moved up)",
        "2026-11-22T23:00:00+01:00 2026-11-23T00:00:00+01:00 mentoring 60 Mentoring prep",
      ],
    },
  ])("$name", ({ file, options, hours, events }) => {
    const week = run(fixture(file), options);
    expect(week.hours).toEqual(hours);
    expect(brief(week)).toEqual(events);
    expect(week.warnings).toEqual([]);
  });

  it("ticks the manager 1:1 only when the leader's manager is the other participant", () => {
    const text = fixture("outlook-new-york-dst.ics");
    const options = { week: "2026-W10", timeZone: "America/New_York", emails: ["lee@corp.example"] };
    expect(run(text, { ...options, managerEmails: ["morgan@corp.example"] }).managerOneOnOne).toBe(true);
    expect(run(text, { ...options, managerEmails: ["nobody@corp.example"] }).managerOneOnOne).toBe(false);
    expect(run(text, options).managerOneOnOne).toBe(false);
  });

  it("counts a declined event when the declining attendee is not one of the leader's addresses", () => {
    const week = run(fixture("google-berlin-dst.ics"), { week: "2026-W13", timeZone: "Europe/Berlin", emails: ["someone-else@example.com"] });
    expect(week.events.map((e) => e.summary)).toContain("Vendor pitch");
  });

  it("reads the same instants in another leader zone (UTC)", () => {
    const week = run(fixture("google-berlin-dst.ics"), { week: "2026-W13", timeZone: "UTC", emails: ["sam@example.com"] });
    expect(week.events.find((e) => e.summary === "Customer call")?.start).toBe("2026-03-24T15:00:00Z");
    expect(week.events.find((e) => e.summary === "Release build overnight")?.minutes).toBe(240);
  });

  it("expands a series that ended since in a week of its own", () => {
    const week = run(fixture("google-berlin-dst.ics"), { week: "2026-W01", timeZone: "Europe/Berlin", emails: ["sam@example.com"] });
    expect(week.events.map((e) => e.summary)).toEqual(Array(7).fill("Old standup"));
    expect(week.hours).toEqual({ meetings: 1.75, execution: 0, mentoring: 0, other: 0 });
  });

  it("returns no events for a week the calendar does not touch", () => {
    const week = run(fixture("google-berlin-dst.ics"), { week: "2025-W01", timeZone: "Europe/Berlin", emails: ["sam@example.com"] });
    expect(week.events).toEqual([]);
    expect(week.hours).toEqual({ meetings: 0, execution: 0, mentoring: 0, other: 0 });
  });
});

const calendar = (...lines: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", ...lines, "END:VCALENDAR"].join("\r\n");
const event = (...lines: string[]) => ["BEGIN:VEVENT", `UID:${lines.join("").length}-${Math.random()}`, ...lines, "END:VEVENT"];
const week47 = { week: "2026-W47", timeZone: "Europe/Berlin" };

describe("importCalendarWeek edge cases", () => {
  it.each([
    {
      name: "the file's VTIMEZONE wins over the IANA zone of the same name",
      lines: [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Berlin",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300",
        "END:STANDARD",
        "END:VTIMEZONE",
        ...event("SUMMARY:Custom zone", "DTSTART;TZID=Europe/Berlin:20261117T100000", "DTEND;TZID=Europe/Berlin:20261117T110000"),
      ],
      expected: ["2026-11-17T08:00:00+01:00 2026-11-17T09:00:00+01:00 other 60 Custom zone"],
    },
    {
      name: "a Windows zone name without a VTIMEZONE is mapped through CLDR",
      lines: event("SUMMARY:Tokyo", "DTSTART;TZID=Tokyo Standard Time:20261117T170000", "DTEND;TZID=Tokyo Standard Time:20261117T180000"),
      expected: ["2026-11-17T09:00:00+01:00 2026-11-17T10:00:00+01:00 other 60 Tokyo"],
    },
    {
      name: "on equal starts the longer event takes the shared time",
      lines: [
        ...event("SUMMARY:Short", "DTSTART:20261117T090000Z", "DTEND:20261117T093000Z"),
        ...event("SUMMARY:Long", "DTSTART:20261117T090000Z", "DTEND:20261117T110000Z"),
      ],
      expected: [
        "2026-11-17T10:00:00+01:00 2026-11-17T12:00:00+01:00 other 120 Long",
      ],
    },
    {
      name: "an event inside a longer one that started earlier counts nothing (it is listed as skipped); the tail of a later one counts",
      lines: [
        ...event("SUMMARY:Workshop", "DTSTART:20261118T080000Z", "DTEND:20261118T120000Z"),
        ...event("SUMMARY:Inside", "DTSTART:20261118T090000Z", "DTEND:20261118T100000Z"),
        ...event("SUMMARY:Tail", "DTSTART:20261118T113000Z", "DTEND:20261118T130000Z"),
      ],
      expected: [
        "2026-11-18T09:00:00+01:00 2026-11-18T13:00:00+01:00 other 240 Workshop",
        "2026-11-18T12:30:00+01:00 2026-11-18T14:00:00+01:00 other 60 Tail",
      ],
    },
    {
      name: "a DURATION of days is nominal (wall clock) across a DST change",
      lines: event("SUMMARY:Hackathon", "DTSTART;TZID=Europe/Berlin:20261024T120000", "DURATION:P1D"),
      options: { week: "2026-W43" },
      expected: ["2026-10-24T12:00:00+02:00 2026-10-25T12:00:00+01:00 other 1500 Hackathon"],
    },
    {
      name: "a date-only EXDATE removes that day's occurrence; RDATE adds one",
      lines: event(
        "SUMMARY:Standup",
        "DTSTART;TZID=Europe/Berlin:20261102T093000",
        "DTEND;TZID=Europe/Berlin:20261102T094500",
        "RRULE:FREQ=DAILY;COUNT=30",
        "EXDATE;VALUE=DATE:20261117,20261118",
        "RDATE;TZID=Europe/Berlin:20261121T100000",
      ),
      expected: [
        "2026-11-16T09:30:00+01:00 2026-11-16T09:45:00+01:00 meetings 15 Standup",
        "2026-11-19T09:30:00+01:00 2026-11-19T09:45:00+01:00 meetings 15 Standup",
        "2026-11-20T09:30:00+01:00 2026-11-20T09:45:00+01:00 meetings 15 Standup",
        "2026-11-21T09:30:00+01:00 2026-11-21T09:45:00+01:00 meetings 15 Standup",
        "2026-11-21T10:00:00+01:00 2026-11-21T10:15:00+01:00 meetings 15 Standup",
        "2026-11-22T09:30:00+01:00 2026-11-22T09:45:00+01:00 meetings 15 Standup",
      ],
    },
    {
      name: "a UTC UNTIL is inclusive at the exact instant of an occurrence in another zone",
      lines: [
        ...event("SUMMARY:Until on the dot", "DTSTART;TZID=Europe/Berlin:20261116T093000", "DTEND;TZID=Europe/Berlin:20261116T094500", "RRULE:FREQ=DAILY;UNTIL=20261118T083000Z"),
        ...event("SUMMARY:Until a second early", "DTSTART;TZID=Europe/Berlin:20261116T100000", "DTEND;TZID=Europe/Berlin:20261116T101500", "RRULE:FREQ=DAILY;UNTIL=20261118T085959Z"),
      ],
      expected: [
        "2026-11-16T09:30:00+01:00 2026-11-16T09:45:00+01:00 other 15 Until on the dot",
        "2026-11-16T10:00:00+01:00 2026-11-16T10:15:00+01:00 other 15 Until a second early",
        "2026-11-17T09:30:00+01:00 2026-11-17T09:45:00+01:00 other 15 Until on the dot",
        "2026-11-17T10:00:00+01:00 2026-11-17T10:15:00+01:00 other 15 Until a second early",
        "2026-11-18T09:30:00+01:00 2026-11-18T09:45:00+01:00 other 15 Until on the dot",
      ],
    },
    {
      name: "a weekly series from years ago, fast-forwarded, still lands on its weekday",
      lines: [
        ...event("SUMMARY:On week", "DTSTART;TZID=America/New_York:20190109T160000", "DTEND;TZID=America/New_York:20190109T170000", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        ...event("SUMMARY:Off week", "DTSTART;TZID=America/New_York:20190102T160000", "DTEND;TZID=America/New_York:20190102T170000", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
      ],
      expected: ["2026-11-18T22:00:00+01:00 2026-11-18T23:00:00+01:00 other 60 On week"],
    },
    {
      name: "an all-day event written as midnight date-times with Outlook's flag is skipped",
      lines: event("SUMMARY:Out of office", "DTSTART:20261117T000000", "DTEND:20261118T000000", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"),
      expected: [],
    },
    {
      name: "an event without an end has no duration and is left out",
      lines: event("SUMMARY:Reminder", "DTSTART:20261117T090000Z"),
      expected: [],
    },
  ])("$name", ({ lines, expected, options }) => {
    expect(brief(run(calendar(...lines), { ...week47, ...options }))).toEqual(expected);
  });

  it("warns and uses the leader's zone for an unknown TZID", () => {
    const week = run(calendar(...event("SUMMARY:Mystery", "DTSTART;TZID=Mars/Olympus:20261117T100000", "DTEND;TZID=Mars/Olympus:20261117T110000")), week47);
    expect(brief(week)).toEqual(["2026-11-17T10:00:00+01:00 2026-11-17T11:00:00+01:00 other 60 Mystery"]);
    expect(week.warnings).toEqual(['Unknown time zone "Mars/Olympus"; its events were read in Europe/Berlin']);
  });

  it("leaves out a malformed event with a warning and keeps the rest", () => {
    const week = run(
      calendar(...event("SUMMARY:Broken", "DTSTART:2026111", "DTEND:20261117T100000Z"), ...event("SUMMARY:Fine", "DTSTART:20261117T090000Z", "DTEND:20261117T100000Z")),
      week47,
    );
    expect(week.events.map((e) => e.summary)).toEqual(["Fine"]);
    expect(week.warnings).toEqual(["1 event could not be read and was left out"]);
  });

  it.each([
    { name: "an empty file", text: "  \r\n", code: "empty", message: /empty/ },
    { name: "a text file", text: "hello world", code: "unreadable", message: /not a readable iCalendar/ },
    { name: "a JSON file", text: '{"format":"pendulum"}', code: "unreadable", message: /iCalendar/ },
    { name: "a calendar without events", text: calendar(), code: "empty", message: /no events/ },
    { name: "a broken calendar", text: "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense\r\n", code: "unreadable", message: /iCalendar/ },
  ])("refuses $name with a clear message", ({ text, code, message }) => {
    const result = importCalendarWeek(text, { ...week47, emails: [], managerEmails: [], rules: DEFAULT_CALENDAR_RULES });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.error).toMatch(message);
  });

  it("stops with a clear error when the time budget runs out", () => {
    let now = 0;
    const text = calendar(...Array.from({ length: 2000 }, (_, i) => event(`SUMMARY:E${i}`, "DTSTART:20261117T090000Z", "DTEND:20261117T100000Z")).flat());
    const result = importCalendarWeek(text, {
      ...week47,
      emails: [],
      managerEmails: [],
      rules: DEFAULT_CALENDAR_RULES,
      budgetMs: 25,
      clock: () => (now += 10),
    });
    expect(result).toMatchObject({ ok: false, code: "too-slow" });
    if (!result.ok) expect(result.error).toMatch(/took longer than 0.025 s/);
  });
});

describe("classification rules", () => {
  const oneOnOne = calendar(
    ...event(
      "SUMMARY:1:1 with Morgan",
      "DTSTART:20261117T090000Z",
      "DTEND:20261117T093000Z",
      "ORGANIZER:mailto:morgan@corp.example",
      "ATTENDEE;PARTSTAT=ACCEPTED:mailto:lee@corp.example",
    ),
  );
  const titleFirst: CalendarRule[] = [...PREVIOUS_DEFAULT_CALENDAR_RULES];
  it.each([
    { rules: titleFirst, category: "mentoring" },
    { rules: DEFAULT_CALENDAR_RULES, category: "meetings" },
    { rules: [], category: "meetings" },
  ])("first matching rule wins ($category)", ({ rules, category }) => {
    const week = run(oneOnOne, { ...week47, emails: ["lee@corp.example"], managerEmails: ["morgan@corp.example"], rules });
    expect(week.events.map((e) => e.category)).toEqual([category]);
    expect(week.managerOneOnOne).toBe(true);
  });

  it("does not take a group meeting with the manager for a 1:1", () => {
    const group = calendar(
      ...event(
        "SUMMARY:Leads round",
        "DTSTART:20261117T090000Z",
        "DTEND:20261117T100000Z",
        "ORGANIZER:mailto:morgan@corp.example",
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:lee@corp.example",
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:kai@corp.example",
      ),
    );
    const week = run(group, { ...week47, emails: ["lee@corp.example"], managerEmails: ["morgan@corp.example"] });
    expect(week.events.map((e) => [e.category, e.isManagerOneOnOne])).toEqual([["meetings", false]]);
    expect(week.managerOneOnOne).toBe(false);
  });

  it.each([
    ["Build sync", "execution"],
    ["Rebuild the pipeline", "other"],
    ["ONE on  one: Jo", "mentoring"],
    ["11:15 huddle", "other"],
    ["Designer hiring", "other"],
    ["Deep-work block", "other"],
    ["deep work block", "execution"],
    ["Mentoring: Kim (1-1)", "mentoring"],
  ])("title %j alone → %s", (summary, category) => {
    const week = run(calendar(...event(`SUMMARY:${summary}`, "DTSTART:20261117T090000Z", "DTEND:20261117T093000Z")), week47);
    expect(week.events.map((e) => e.category)).toEqual([category]);
  });
});

describe("hoursByCategory", () => {
  it("sums counted minutes per category into exact hours", () => {
    expect(
      hoursByCategory([
        { category: "meetings", minutes: 50 },
        { category: "meetings", minutes: 25 },
        { category: "other", minutes: 20 },
      ]),
    ).toEqual({ meetings: 1.25, execution: 0, mentoring: 0, other: 20 / 60 });
  });
});
