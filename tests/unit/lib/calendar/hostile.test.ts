import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CALENDAR_LIMITS, importCalendarWeek, preflightCalendar, type CalendarImportOptions } from "@/lib/calendar";
import type { CalendarLimits } from "@/lib/calendar/limits";
import { DEFAULT_CALENDAR_RULES } from "@/lib/validation/calendar";
import * as hostile from "@/scripts/bench/hostile-calendars";

// Budgets in time are left out (60 s): every bound here is a count, so the answers do not depend on the machine.
const options: CalendarImportOptions = {
  week: hostile.HOSTILE_WEEK,
  timeZone: "Europe/Berlin",
  emails: [],
  managerEmails: [],
  rules: DEFAULT_CALENDAR_RULES,
  budgetMs: 60_000,
};

const read = (text: string, limits?: CalendarLimits) => importCalendarWeek(text, { ...options, limits });

const TOO_OFTEN_ZONE = /^The time zone "X" in this file changes its offset too often to be real; its events were read in Europe\/Berlin$/;
const TOO_OFTEN_SERIES = /^1 repeating event repeats too often to count and was left out: "Hostile"$/;

describe("hostile calendars: time zones", () => {
  it.each([
    { name: "an observance repeating every second (issue 8)", text: hostile.secondlyTimezone() },
    { name: "an observance repeating every minute (issue 8)", text: hostile.minutelyTimezone() },
    { name: "an observance repeating every hour", text: hostile.hourlyTimezone() },
  ])("reads the events of $name in the leader's zone, with a warning", ({ text }) => {
    const result = read(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.events.map((e) => e.start)).toEqual(["2026-11-17T10:00:00+01:00"]);
    expect(result.value.warnings).toEqual([expect.stringMatching(TOO_OFTEN_ZONE)]);
  });

  it("uses the IANA zone of the same name when the file's VTIMEZONE is unusable", () => {
    const text = hostile.secondlyTimezone().replaceAll("TZID:X", "TZID:America/New_York").replaceAll("TZID=X", "TZID=America/New_York");
    const result = read(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.events.map((e) => e.start)).toEqual(["2026-11-17T16:00:00+01:00"]);
    expect(result.value.warnings).toEqual(['The time zone "America/New_York" in this file changes its offset too often to be real; its events were read as America/New_York']);
  });

  it("expands a yearly observance at most maxTransitionsPerTimezone times", () => {
    const limits = { ...CALENDAR_LIMITS, maxTransitionsPerTimezone: 50 };
    const zone = (start: string) =>
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        "TZID:X",
        "BEGIN:STANDARD",
        `DTSTART:${start}`,
        "RRULE:FREQ=YEARLY",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:a",
        "DTSTART;TZID=X:20261117T100000",
        "DTEND;TZID=X:20261117T110000",
        "END:VEVENT",
        "END:VCALENDAR",
      ].join("\r\n");
    const within = importCalendarWeek(zone("19800101T000000"), { ...options, limits });
    const beyond = importCalendarWeek(zone("19700101T000000"), { ...options, limits });
    expect(within.ok && within.value.events[0]?.start).toBe("2026-11-17T08:00:00+01:00");
    expect(within.ok && within.value.warnings).toEqual([]);
    expect(beyond.ok && beyond.value.events[0]?.start).toBe("2026-11-17T10:00:00+01:00");
    expect(beyond.ok && beyond.value.warnings).toEqual([expect.stringMatching(TOO_OFTEN_ZONE)]);
  });
});

describe("hostile calendars: repeating events", () => {
  it.each([
    { name: "every second inside the week, COUNT=100000000 (issue 8)", text: hostile.secondlyCountEvent() },
    { name: "a daily rule that can never match (30 February)", text: hostile.neverMatchingRule("DAILY") },
    { name: "an hourly rule that can never match", text: hostile.neverMatchingRule("HOURLY") },
    { name: "a secondly rule that can never match", text: hostile.neverMatchingRule("SECONDLY") },
    { name: "every second from 2020 until year 9999", text: hostile.farUntilSmallSteps() },
    { name: "a daily COUNT from year 1", text: hostile.yearOneDailyCount() },
    { name: "a minutely series whose occurrences last a century", text: hostile.centuryLongMinutely() },
    { name: "a series with 12,000 EXDATEs", text: hostile.hugeExdateList(12_000) },
    { name: "a series with 12,000 RDATEs", text: hostile.hugeRdateList(12_000) },
  ])("leaves out $name with a warning", ({ text }) => {
    const result = read(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.events).toEqual([]);
    expect(result.value.warnings).toEqual([expect.stringMatching(TOO_OFTEN_SERIES)]);
  });

  it("keeps the rest of the file and names at most three left-out series", () => {
    const costly = (i: number) => ["BEGIN:VEVENT", `UID:c${i}`, `SUMMARY:Ping ${i}`, "DTSTART:20261117T100000Z", "DURATION:PT1S", "RRULE:FREQ=SECONDLY", "END:VEVENT"];
    const text = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      ...[1, 2, 3, 4, 5].flatMap(costly),
      "BEGIN:VEVENT",
      "UID:fine",
      "SUMMARY:Planning",
      "DTSTART:20261118T090000Z",
      "DTEND:20261118T100000Z",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const result = read(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.events.map((e) => e.summary)).toEqual(["Planning"]);
    expect(result.value.warnings).toEqual(['5 repeating events repeat too often to count and were left out: "Ping 1", "Ping 2", "Ping 3" and 2 more']);
  });

  it.each([
    { cap: 100, events: 100 },
    { cap: 99, events: 0 },
  ])("keeps a series of 100 occurrences under maxOccurrencesPerSeries $cap: $events events", ({ cap, events }) => {
    const text = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:h", "DTSTART:20261117T000000Z", "DURATION:PT5M", "RRULE:FREQ=HOURLY;COUNT=100", "END:VEVENT", "END:VCALENDAR"].join("\r\n");
    const result = read(text, { ...CALENDAR_LIMITS, maxOccurrencesPerSeries: cap });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.events.length).toBe(events);
  });

  it("refuses a week with more timed events than maxEventsInWeek", () => {
    const result = read(hostile.manyEventsOneUid(6_000));
    expect(result).toMatchObject({ ok: false, code: "too-complex", error: expect.stringMatching(/more than 5,000 timed events in this week/) });
  });

  it("refuses a file whose series together need more than maxStepsTotal", () => {
    const text = hostile.secondlyCountEvent();
    const many = text.replace(/BEGIN:VEVENT[\s\S]*END:VEVENT\r\n/, (event) => Array.from({ length: 30 }, (_, i) => event.replace("UID:a", `UID:a${i}`)).join(""));
    const result = read(many, { ...CALENDAR_LIMITS, maxStepsPerSeries: 1_000, maxStepsTotal: 20_000 });
    expect(result).toMatchObject({ ok: false, code: "too-complex", error: expect.stringMatching(/more than 20,000 steps/) });
  });

  it("still reads events at year 9999 and a series UNTIL year 9999", () => {
    const result = read(hostile.year9999());
    if (!result.ok) throw new Error(result.error);
    expect(result.value.events.map((e) => e.start)).toEqual(["2026-11-17T11:00:00+01:00"]);
  });
});

describe("hostile calendars: size of the structure", () => {
  it.each([
    { name: "300,000 empty components", text: () => hostile.manyComponents(), message: /more than 200,000 components/ },
    { name: "1,500,000 tiny properties", text: () => hostile.manyProperties(), message: /more than 1,000,000 lines/ },
    { name: "components nested 100,000 deep", text: () => hostile.deeplyNested(), message: /nested more than 8 deep/ },
    { name: "1,500,000 parameters on one line", text: () => hostile.manyParameters(), message: /more than 1,000 parameters/ },
    { name: "3,000 time zones", text: () => hostile.manyTimezones(1_500), message: /more than 1,000 time zones/ },
    { name: "20,000 observances in one time zone", text: () => hostile.manyObservances(), message: /more than 1,000 rules/ },
  ])("refuses $name before parsing it", ({ text, message }) => {
    const result = read(text());
    expect(result).toMatchObject({ ok: false, code: "too-complex", error: expect.stringMatching(message) });
  });

  it("reads a 10 MB property folded over 130,000 lines", () => {
    const result = read(hostile.longFoldedLine());
    expect(result.ok && result.value.events.length).toBe(1);
  });
});

describe("hostile calendars: size of the answer", () => {
  it("keeps at most ten warnings, and names from the file short", () => {
    const events = Array.from({ length: 50 }, (_, i) => [
      "BEGIN:VEVENT",
      `UID:z${i}`,
      `SUMMARY:${"S".repeat(5_000)}`,
      `DTSTART;TZID=${i}-${"Z".repeat(500)}:20261117T100000`,
      `DTEND;TZID=${i}-${"Z".repeat(500)}:20261117T110000`,
      "END:VEVENT",
    ]);
    const result = read(["BEGIN:VCALENDAR", "VERSION:2.0", ...events.flat(), "END:VCALENDAR"].join("\r\n"));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.warnings).toHaveLength(10);
    expect(result.value.warnings[0]).toBe(`Unknown time zone "0-${"Z".repeat(57)}…"; its events were read in Europe/Berlin`);
    expect(result.value.warnings[9]).toBe("and 41 more warnings like these");
  });
});

describe("hostile calendars: size of the answer, titles", () => {
  it("shortens a long title, which every occurrence carries into the answer", () => {
    const title = "T".repeat(1_000_000);
    const text = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:t", `SUMMARY:${title}`, "DTSTART:20261117T000000Z", "DURATION:PT5M", "RRULE:FREQ=HOURLY;COUNT=100", "END:VEVENT", "END:VCALENDAR"].join("\r\n");
    const result = read(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.events).toHaveLength(100);
    expect(result.value.events[0]!.summary).toBe(`${"T".repeat(199)}…`);
    expect(JSON.stringify(result).length).toBeLessThan(50_000);
  });
});

describe("preflightCalendar", () => {
  const limits: CalendarLimits = { ...CALENDAR_LIMITS, maxComponents: 4, maxContentLines: 12, maxNestingDepth: 3, maxTimezones: 1, maxObservancesPerTimezone: 2, maxParametersPerLine: 3 };
  const lines = (...l: string[]) => l.join("\r\n");

  it.each([
    { name: "folded lines are one line", text: lines("BEGIN:VCALENDAR", "X-A:1", " 2", "\t3", ...Array(9).fill("X-B:"), "END:VCALENDAR"), error: null },
    { name: "one line too many", text: lines("BEGIN:VCALENDAR", ...Array(10).fill("X-B:"), " folded", "END:VCALENDAR", "X-C:"), error: /more than 12 lines/ },
    { name: "blank lines and bare LF", text: "BEGIN:VCALENDAR\n\n\r\n\nX-A:1\nEND:VCALENDAR\n", error: null },
    { name: "components at the cap", text: lines("BEGIN:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VEVENT", "BEGIN:VALARM", "END:VALARM", "END:VEVENT", "END:VCALENDAR"), error: null },
    { name: "one component too many", text: lines("begin:vcalendar", ...Array(4).fill("begin:vevent\r\nend:vevent"), "end:vcalendar"), error: /more than 4 components/ },
    { name: "nested one too deep", text: lines("BEGIN:A", "BEGIN:B", "BEGIN:C", "BEGIN:D", "END:D", "END:C", "END:B", "END:A"), error: /nested more than 3 deep/ },
    { name: "two time zones", text: lines("BEGIN:VTIMEZONE", "END:VTIMEZONE", "BEGIN:VTIMEZONE", "END:VTIMEZONE"), error: /more than 1 time zones/ },
    {
      name: "three observances",
      text: lines("BEGIN:VTIMEZONE", "BEGIN:STANDARD", "END:STANDARD", "BEGIN:DAYLIGHT", "END:DAYLIGHT", "BEGIN:STANDARD", "END:STANDARD", "END:VTIMEZONE"),
      error: /more than 2 rules/,
    },
    { name: "parameters at the cap, a quoted colon and semicolon, folded", text: lines("ATTENDEE;A=1;B=\"x:;y\"", " ;C=3:mailto:a;b;c;d;e"), error: null },
    { name: "one parameter too many across a fold", text: lines("ATTENDEE;A=1;B=2", "\t;C=3;D=4:mailto:a"), error: /more than 3 parameters/ },
  ])("$name", ({ text, error }) => {
    const result = preflightCalendar(text, limits);
    if (error === null) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, error: expect.stringMatching(error) });
  });

  it("counts components exactly, whatever the mix of line endings and folds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("BEGIN:VEVENT", "END:VEVENT", "X-A:1", " fold", "\tfold", ""), { maxLength: 60 }), fc.constantFrom("\r\n", "\n"), (parts, eol) => {
        const result = preflightCalendar(parts.join(eol), { ...CALENDAR_LIMITS, maxNestingDepth: 1_000 });
        const begins = parts.filter((p) => p === "BEGIN:VEVENT").length;
        const contentLines = parts.filter((p) => p !== "" && !p.startsWith(" ") && !p.startsWith("\t")).length;
        expect(result.ok && result.shape.components).toBe(begins);
        expect(result.ok && result.shape.contentLines).toBe(contentLines);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("any recurrence rule is answered within the caps", () => {
  const freq = fc.constantFrom("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY");
  const part = fc.oneof(
    fc.constantFrom("INTERVAL=0", "INTERVAL=1", "INTERVAL=7", "INTERVAL=100000", "COUNT=1", "COUNT=100000000"),
    fc.constantFrom("UNTIL=19000101T000000Z", "UNTIL=20261120T000000Z", "UNTIL=99991231T235959Z", "WKST=SU"),
    fc.integer({ min: -31, max: 31 }).filter((n) => n !== 0).map((n) => `BYMONTHDAY=${n}`),
    fc.subarray([1, 2, 4, 6, 9, 11, 12], { minLength: 1 }).map((m) => `BYMONTH=${m.join(",")}`),
    fc.subarray(["MO", "2TU", "-1FR", "SU", "53MO", "-5SA"], { minLength: 1 }).map((d) => `BYDAY=${d.join(",")}`),
    fc.integer({ min: -366, max: 366 }).filter((n) => n !== 0).map((n) => `BYSETPOS=${n}`),
    fc.integer({ min: -366, max: 366 }).filter((n) => n !== 0).map((n) => `BYYEARDAY=${n}`),
    fc.integer({ min: -53, max: 53 }).filter((n) => n !== 0).map((n) => `BYWEEKNO=${n}`),
    fc.subarray([0, 9, 23], { minLength: 1 }).map((h) => `BYHOUR=${h.join(",")}`),
    fc.subarray([0, 30, 59], { minLength: 1 }).map((m) => `BYMINUTE=${m.join(",")}`),
  );
  const rule = fc.tuple(freq, fc.uniqueArray(part, { maxLength: 4, selector: (p) => p.split("=")[0] })).map(([f, parts]) => ["FREQ=" + f, ...parts].join(";"));
  const start = fc.constantFrom("00010101T090000", "16010101T020000", "19700101T000000", "20261116T090000", "20261122T235959", "99991231T120000");
  const limits: CalendarLimits = { ...CALENDAR_LIMITS, maxStepsPerSeries: 2_000, maxStepsTotal: 6_000, maxTransitionsPerTimezone: 200, maxOccurrencesPerSeries: 200 };

  // A short time budget: an expensive rule may end as "too slow" instead of by a count, both are answers.
  it("as an event's rule and as a time zone's rule: an answer, never an exception, at most maxOccurrencesPerSeries events", () => {
    fc.assert(
      fc.property(rule, rule, start, start, (eventRule, zoneRule, eventStart, zoneStart) => {
        const text = [
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          "BEGIN:VTIMEZONE",
          "TZID:Z",
          "BEGIN:DAYLIGHT",
          `DTSTART:${zoneStart}`,
          `RRULE:${zoneRule}`,
          "TZOFFSETFROM:+0100",
          "TZOFFSETTO:+0200",
          "END:DAYLIGHT",
          "END:VTIMEZONE",
          "BEGIN:VEVENT",
          "UID:e",
          `DTSTART;TZID=Z:${eventStart}`,
          "DURATION:PT30M",
          `RRULE:${eventRule}`,
          "END:VEVENT",
          "END:VCALENDAR",
        ].join("\r\n");
        const result = importCalendarWeek(text, { ...options, limits, budgetMs: 500 });
        if (result.ok) expect(result.value.events.length).toBeLessThanOrEqual(limits.maxOccurrencesPerSeries);
        else expect(["too-complex", "too-slow"]).toContain(result.code);
      }),
      { numRuns: 300 },
    );
  });
});
