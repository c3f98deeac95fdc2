/**
 * Calendars built to exhaust a parser, from issue 8 and its family. Shared by the unit tests, the
 * hostile e2e corpus and `npm run bench`; every one targets ISO week 2026-W47 (16–22 Nov 2026).
 */
export const HOSTILE_WEEK = "2026-W47";

const CRLF = "\r\n";

function calendar(...blocks: Array<string | string[]>): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hostile//EN", blocks.flat().join(CRLF), "END:VCALENDAR", ""].join(CRLF);
}

function vevent(uid: string, ...lines: string[]): string[] {
  return ["BEGIN:VEVENT", `UID:${uid}`, "SUMMARY:Hostile", ...lines, "END:VEVENT"];
}

function vtimezone(tzid: string, observanceRule: string, dtstart = "19700101T000000"): string[] {
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${tzid}`,
    "BEGIN:STANDARD",
    `DTSTART:${dtstart}`,
    observanceRule,
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0100",
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
}

const IN_WEEK = ["DTSTART;TZID=X:20261117T100000", "DTEND;TZID=X:20261117T110000"];
const IN_WEEK_UTC = ["DTSTART:20261117T100000Z", "DTEND:20261117T110000Z"];
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Issue 8: a 365-byte file whose VTIMEZONE observance repeats every second (ical.js: ~145 s, then out of memory). */
export function secondlyTimezone(): string {
  return calendar(vtimezone("X", "RRULE:FREQ=SECONDLY"), vevent("a", ...IN_WEEK));
}

/** Issue 8: the same with a minutely observance (ical.js: ~30 s). */
export function minutelyTimezone(): string {
  return calendar(vtimezone("X", "RRULE:FREQ=MINUTELY"), vevent("a", ...IN_WEEK));
}

/** Issue 8: one event repeating every second inside the week, 100 million times (601,200 events after 6.8 s). */
export function secondlyCountEvent(): string {
  return calendar(vevent("a", "DTSTART:20261117T100000Z", "DTEND:20261117T100001Z", "RRULE:FREQ=SECONDLY;COUNT=100000000"));
}

/** A rule that can never match (30 February): ical.js searches day after day, forever, inside one `next()`. */
export function neverMatchingRule(freq: "DAILY" | "HOURLY" | "MINUTELY" | "SECONDLY" = "DAILY"): string {
  return calendar(vevent("a", "DTSTART:20201117T100000Z", "DTEND:20201117T110000Z", `RRULE:FREQ=${freq};BYMONTH=2;BYMONTHDAY=30`));
}

/** An hourly observance: 500,000 offset changes between 1970 and the week. */
export function hourlyTimezone(): string {
  return calendar(vtimezone("X", "RRULE:FREQ=HOURLY"), vevent("a", ...IN_WEEK));
}

/** A yearly observance that expands to every second of the year through BYxxx lists. */
export function everySecondOfTheYearTimezone(): string {
  const rule = `RRULE:FREQ=YEARLY;BYHOUR=${range(24).join(",")};BYMINUTE=${range(60).join(",")};BYSECOND=${range(60).join(",")}`;
  return calendar(vtimezone("X", rule), vevent("a", ...IN_WEEK));
}

/** One VTIMEZONE with `count` observances. */
export function manyObservances(count = 20_000): string {
  const observances = range(count).flatMap((i) => [
    i % 2 ? "BEGIN:DAYLIGHT" : "BEGIN:STANDARD",
    `DTSTART:${1000 + (i % 9000)}0101T000000`,
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0100",
    i % 2 ? "END:DAYLIGHT" : "END:STANDARD",
  ]);
  return calendar(["BEGIN:VTIMEZONE", "TZID:X", ...observances, "END:VTIMEZONE"], vevent("a", ...IN_WEEK));
}

/** `count` VTIMEZONEs with European rules from 1601, each used by one event in the week. */
export function manyTimezones(count = 3000): string {
  return calendar(
    range(count).flatMap((i) => [
      "BEGIN:VTIMEZONE",
      `TZID:Zone ${i}`,
      "BEGIN:STANDARD",
      "DTSTART:16010101T030000",
      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
      "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100",
      "END:STANDARD",
      "BEGIN:DAYLIGHT",
      "DTSTART:16010101T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0200",
      "END:DAYLIGHT",
      "END:VTIMEZONE",
      ...vevent(`e${i}`, `DTSTART;TZID=Zone ${i}:20261117T100000`, `DTEND;TZID=Zone ${i}:20261117T100100`),
    ]),
  );
}

/** A yearly series with `count` RDATE values, most of them in the week. */
export function hugeRdateList(count = 400_000): string {
  const dates = range(count).map((i) => `202611${pad(16 + (i % 7))}T${pad(Math.floor(i / 7) % 24)}${pad(Math.floor(i / 168) % 60)}00Z`);
  return calendar(vevent("a", ...IN_WEEK_UTC, "RRULE:FREQ=YEARLY;COUNT=2", `RDATE:${dates.join(",")}`));
}

/** A daily series with `count` EXDATE values spread over eight thousand years. */
export function hugeExdateList(count = 400_000): string {
  const dates = range(count).map((i) => `${1000 + (i % 8000)}0101T100000Z`);
  return calendar(vevent("a", ...IN_WEEK_UTC, "RRULE:FREQ=DAILY", `EXDATE:${dates.join(",")}`));
}

/** Every second from 2020 to year 9999: iterates 200 million times to reach the week. */
export function farUntilSmallSteps(): string {
  return calendar(vevent("a", "DTSTART:20201117T100000Z", "DTEND:20201117T100001Z", "RRULE:FREQ=SECONDLY;UNTIL=99991231T235959Z"));
}

/** A daily series with a COUNT that starts in year 1 (no fast-forward with COUNT: 740,000 steps to the week). */
export function yearOneDailyCount(): string {
  return calendar(vevent("a", "DTSTART:00010101T100000Z", "DTEND:00010101T110000Z", "RRULE:FREQ=DAILY;COUNT=2000000"));
}

/** Events, series and a time zone at the last representable year. */
export function year9999(): string {
  return calendar(
    vtimezone("X", "RRULE:FREQ=YEARLY", "99991231T000000"),
    vevent("a", "DTSTART;TZID=X:99991231T100000", "DTEND;TZID=X:99991231T110000", "RRULE:FREQ=DAILY"),
    vevent("b", "DTSTART:99991231T235959Z", "DURATION:P9999W"),
    vevent("c", ...IN_WEEK_UTC, "RRULE:FREQ=WEEKLY;UNTIL=99991231T235959Z"),
  );
}

/** A minutely series whose every occurrence lasts a century: all of them overlap the week. */
export function centuryLongMinutely(): string {
  return calendar(vevent("a", "DTSTART:20261101T100000Z", "DURATION:P5200W", "RRULE:FREQ=MINUTELY"));
}

/** `count` moved occurrences of one UID, all inside the week. */
export function manyEventsOneUid(count = 40_000): string {
  return calendar(
    range(count).flatMap((i) => [
      "BEGIN:VEVENT",
      "UID:same",
      "SUMMARY:Moved",
      `RECURRENCE-ID:202611${pad(16 + (i % 7))}T${pad(i % 24)}${pad(Math.floor(i / 24) % 60)}00Z`,
      ...IN_WEEK_UTC,
      "END:VEVENT",
    ]),
    vevent("same", ...IN_WEEK_UTC, "RRULE:FREQ=DAILY"),
  );
}

/** `count` empty components. */
export function manyComponents(count = 300_000): string {
  return calendar(range(count).map(() => `BEGIN:VEVENT${CRLF}END:VEVENT`));
}

/** One event with `count` tiny properties. */
export function manyProperties(count = 1_500_000): string {
  const event = vevent("a", ...IN_WEEK_UTC);
  return calendar(event.slice(0, -1), new Array<string>(count).fill("X-A:"), event.slice(-1));
}

/** One property with `count` parameters (ical.js parses them in quadratic time: 160,000 take 4.5 s). */
export function manyParameters(count = 1_500_000): string {
  return calendar(vevent("a", ...IN_WEEK_UTC, `ATTENDEE${";X-P=a".repeat(count)}:mailto:a@example.com`));
}

/** Components nested `depth` deep. */
export function deeplyNested(depth = 100_000): string {
  return calendar(new Array<string>(depth).fill("BEGIN:VEVENT"), new Array<string>(depth).fill("END:VEVENT"), vevent("a", ...IN_WEEK_UTC));
}

/** One property folded over 130,000 continuation lines (about 10 MB unfolded). */
export function longFoldedLine(lines = 130_000): string {
  return calendar(vevent("a", ...IN_WEEK_UTC, `DESCRIPTION:${`${"a".repeat(72)}${CRLF} `.repeat(lines)}end`));
}
