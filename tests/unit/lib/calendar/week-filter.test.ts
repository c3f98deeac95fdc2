import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importCalendarWeek, type CalendarImportOptions } from "@/lib/calendar/import-week";
import { withoutEventsOutside } from "@/lib/calendar/week-filter";
import { DEFAULT_CALENDAR_RULES } from "@/lib/validation/calendar";
import { BERLIN_VTIMEZONE, generateCalendar } from "@/scripts/bench/calendar";

const WEEK = "2026-W47"; // Monday 16 November 2026
const DAY = 86_400_000;
const WINDOW_START = Date.UTC(2026, 10, 16) - 2 * DAY;
const WINDOW_END = Date.UTC(2026, 10, 23) + 2 * DAY;
const ME = "lead@example.com";

const options = (patch: Partial<CalendarImportOptions> = {}): CalendarImportOptions => ({
  week: WEEK,
  timeZone: "Europe/Berlin",
  emails: [ME],
  managerEmails: [],
  rules: DEFAULT_CALENDAR_RULES,
  budgetMs: 60_000,
  ...patch,
});

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, "").slice(0, 15);
const dateStamp = (ms: number) => stamp(ms).slice(0, 8);

/** Folds a content line as exporters do (75 octets), sometimes in the middle of its name. */
const fold = (line: string, at: number | null) => (at === null || at >= line.length ? line : `${line.slice(0, at)}\r\n ${line.slice(at)}`);

type GeneratedEvent = {
  uid: number;
  startDay: number;
  hour: number;
  minutes: number;
  end: "dtend" | "duration" | "none" | "other-zone";
  zone: "berlin" | "utc" | "floating" | "date";
  rule: null | { freq: "DAILY" | "WEEKLY"; untilDay: number | null; count: number | null; byday: boolean };
  rdateDay: number | null;
  overrides: { ridDay: number; movedDay: number }[];
  declined: boolean;
  alarm: boolean;
  lowerCase: boolean;
  foldAt: number | null;
};

/** Days around the week (0 = Monday of the week), so the window's edges are crossed often. */
const day = fc.integer({ min: -40, max: 40 });

const eventArb: fc.Arbitrary<GeneratedEvent> = fc.record({
  uid: fc.integer({ min: 0, max: 30 }),
  startDay: day,
  hour: fc.integer({ min: 0, max: 23 }),
  minutes: fc.constantFrom(0, 15, 30, 60, 90, 600, 1440, 4320, 20_160),
  end: fc.constantFrom("dtend", "duration", "none", "other-zone"),
  zone: fc.constantFrom("berlin", "utc", "floating", "date"),
  rule: fc.option(
    fc.record({
      freq: fc.constantFrom("DAILY", "WEEKLY"),
      untilDay: fc.option(day, { nil: null }),
      count: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
      byday: fc.boolean(),
    }),
    { nil: null },
  ),
  rdateDay: fc.option(day, { nil: null, freq: 6 }),
  overrides: fc.array(fc.record({ ridDay: day, movedDay: day }), { maxLength: 2 }),
  declined: fc.boolean(),
  alarm: fc.boolean(),
  lowerCase: fc.boolean(),
  foldAt: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null, freq: 4 }),
}) as fc.Arbitrary<GeneratedEvent>;

const MONDAY = Date.UTC(2026, 10, 16);

function dateLine(name: string, ms: number, zone: GeneratedEvent["zone"]): string {
  if (zone === "date") return `${name};VALUE=DATE:${dateStamp(ms)}`;
  if (zone === "utc") return `${name}:${stamp(ms)}Z`;
  if (zone === "floating") return `${name}:${stamp(ms)}`;
  return `${name};TZID=Europe/Berlin:${stamp(ms)}`;
}

function eventLines(e: GeneratedEvent, index: number): string[] {
  const start = MONDAY + e.startDay * DAY + (e.zone === "date" ? 0 : e.hour * 3_600_000);
  const length = e.zone === "date" ? Math.max(1, Math.round(e.minutes / 1440)) * DAY : e.minutes * 60_000;
  const props = (startMs: number, summary: string) => {
    const lines = [`UID:series-${e.uid}`, dateLine("DTSTART", startMs, e.zone), `SUMMARY:${summary}`];
    if (e.end === "dtend") lines.push(dateLine("DTEND", startMs + length, e.zone));
    if (e.end === "other-zone" && e.zone !== "date") lines.push(`DTEND:${stamp(startMs + length)}Z`);
    if (e.end === "duration") lines.push(e.zone === "date" ? `DURATION:P${length / DAY}D` : `DURATION:PT${e.minutes}M`);
    lines.push(`ORGANIZER:mailto:peer${e.uid % 3}@example.com`, `ATTENDEE;PARTSTAT=${e.declined ? "DECLINED" : "ACCEPTED"}:mailto:${ME}`);
    lines.push(`ATTENDEE;PARTSTAT=ACCEPTED:mailto:peer${e.uid % 3}@example.com`);
    return lines;
  };
  const main = props(start, `Event ${index}`);
  if (e.rule) {
    const parts = [`FREQ=${e.rule.freq}`];
    if (e.rule.byday && e.rule.freq === "DAILY") parts.push("BYDAY=MO,TU,WE,TH,FR");
    if (e.rule.untilDay !== null) parts.push(`UNTIL=${e.zone === "date" ? dateStamp(MONDAY + e.rule.untilDay * DAY) : `${stamp(MONDAY + e.rule.untilDay * DAY + 23 * 3_600_000)}Z`}`);
    else if (e.rule.count !== null) parts.push(`COUNT=${e.rule.count}`);
    main.push(`RRULE:${parts.join(";")}`);
  }
  if (e.rdateDay !== null) main.push(dateLine("RDATE", MONDAY + e.rdateDay * DAY + (e.zone === "date" ? 0 : e.hour * 3_600_000), e.zone));
  const block = (lines: string[]) => {
    const body = lines.map((line, i) => (i === 1 ? fold(line, e.foldAt) : line));
    const alarm = e.alarm ? ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT10M", "DTSTART:20261118T090000Z", "END:VALARM"] : [];
    const all = ["BEGIN:VEVENT", ...body, ...alarm, "END:VEVENT"];
    return e.lowerCase ? all.map((l) => (/^(BEGIN|END|DTSTART|UID)/.test(l) ? l.replace(/^[A-Z-]+/, (n) => n.toLowerCase()) : l)) : all;
  };
  const out = block(main);
  for (const [i, o] of e.overrides.entries()) {
    const rid = MONDAY + o.ridDay * DAY + (e.zone === "date" ? 0 : e.hour * 3_600_000);
    const moved = MONDAY + o.movedDay * DAY + (e.zone === "date" ? 0 : e.hour * 3_600_000);
    out.push(...block([...props(moved, `Moved ${index}.${i}`), dateLine("RECURRENCE-ID", rid, e.zone)]));
  }
  return out;
}

function calendarOf(events: GeneratedEvent[]): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", `X-WR-CALNAME:${ME}`, ...BERLIN_VTIMEZONE];
  events.forEach((e, i) => lines.push(...eventLines(e, i)));
  lines.push("END:VCALENDAR");
  return lines.join("\r\n");
}

describe("cutting the events that cannot touch the week before parsing", () => {
  it("gives the same import as parsing the whole file, on generated calendars around the week's edges", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 12 }), (events) => {
        const text = calendarOf(events);
        const whole = importCalendarWeek(text, options({ parseWholeFile: true }));
        const cut = importCalendarWeek(text, options());
        expect(cut).toEqual(whole);
      }),
      { numRuns: 800 },
    );
  }, 300_000);

  it("gives the same import on the benchmark's 5 MB calendar, cutting most of it", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const text = generateCalendar(random);
    const { removed } = withoutEventsOutside(text, WINDOW_START, WINDOW_END);
    expect(removed).toBeGreaterThan(8_000);
    expect(importCalendarWeek(text, options())).toEqual(importCalendarWeek(text, options({ parseWholeFile: true })));
  }, 120_000);

  it("keeps what it cannot follow: a nested event, a folded BEGIN, an unreadable date, an escaped UID", () => {
    const far = "DTSTART:20200101T090000Z\r\nDTEND:20200101T100000Z";
    const cases = [
      `BEGIN:VEVENT\r\nUID:a\r\n${far}\r\nBEGIN:VTODO\r\nEND:VTODO\r\nEND:VEVENT`,
      `BEGIN:VEVENT\r\nUID:b\r\n${far}\r\nBEGIN:VAL\r\n ARM\r\nEND:VALARM\r\nEND:VEVENT`,
      "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:2020-01-01\r\nEND:VEVENT",
      `BEGIN:VEVENT\r\nUID:d\\,e\r\n${far}\r\nEND:VEVENT`,
      `BEGIN:VEVENT\r\nUID:f\r\n${far}\r\nRDATE:20261118T090000Z\r\nEND:VEVENT`,
      "BEGIN:VEVENT\r\nUID:g\r\nDTSTART:20200101T090000Z\r\nDURATION:P2000W\r\nEND:VEVENT",
      `BEGIN:VEVENT\r\nUID:h\r\n${far}\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT`,
    ];
    for (const event of cases) {
      const text = `BEGIN:VCALENDAR\r\n${event}\r\nEND:VCALENDAR\r\n`;
      expect(withoutEventsOutside(text, WINDOW_START, WINDOW_END), event).toEqual({ text, removed: 0 });
    }
  });

  it("cuts a past event, an ended series, a later one and their moved occurrences far from the week", () => {
    const text = [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT\r\nUID:past\r\nDTSTART:20200101T090000Z\r\nDTEND:20200101T100000Z\r\nEND:VEVENT",
      "BEGIN:VEVENT\r\nUID:ended\r\nDTSTART:20200101T090000Z\r\nDTEND:20200101T100000Z\r\nRRULE:FREQ=WEEKLY;UNTIL=20210101T000000Z\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\nEND:VEVENT",
      "BEGIN:VEVENT\r\nUID:ended\r\nRECURRENCE-ID:20200108T090000Z\r\nDTSTART:20200109T090000Z\r\nDTEND:20200109T100000Z\r\nEND:VEVENT",
      "BEGIN:VEVENT\r\nUID:later\r\nDTSTART:20270101T090000Z\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT",
      "BEGIN:VEVENT\r\nUID:kept\r\nDTSTART:20261118T090000Z\r\nDTEND:20261118T100000Z\r\nEND:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const { text: cut, removed } = withoutEventsOutside(text, WINDOW_START, WINDOW_END);
    expect(removed).toBe(4);
    expect(cut).toBe("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:kept\r\nDTSTART:20261118T090000Z\r\nDTEND:20261118T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR");
  });

  it("still says a calendar whose events are all elsewhere has none in this week, not that it has none at all", () => {
    const text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:past\r\nDTSTART:20200101T090000Z\r\nDTEND:20200101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    expect(importCalendarWeek(text, options())).toEqual(importCalendarWeek(text, options({ parseWholeFile: true })));
    expect(importCalendarWeek(text, options())).toMatchObject({ ok: true, value: { events: [] } });
  });
});
