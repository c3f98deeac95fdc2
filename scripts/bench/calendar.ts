import { importCalendarWeek, WORKER_LIMITS } from "../../lib/calendar";
import { importCalendarWeekIsolated } from "../../lib/calendar/isolated-import";
import { DEFAULT_CALENDAR_RULES } from "../../lib/validation/calendar";
import { formatCount, pick, summarize, timeEach, timingGoals, timingTable, type BenchSection, type Goal } from "./harness";

const EVENTS = 10_000;
const TARGET_BYTES = 5 * 1024 * 1024;
const WEEK = "2026-W47";
const GOAL: Goal = { stat: "median", ms: 1000 };
const ME = "lead@example.com";

/** Europe/Berlin as Google writes it into an export (the tests reuse it). */
export const BERLIN_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];
const TITLES = ["Team sync", "1:1 Jo", "Focus block", "Design review", "Hiring loop", "Planning", "Coaching", "Incident review", "Coding", "Vendor call"];

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, "").slice(0, 15);
}

/** A Google-style export: 3 years of single events and weekly/daily series (most of them ended) with EXDATEs and moved occurrences. */
export function generateCalendar(random: () => number): string {
  const lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", `X-WR-CALNAME:${ME}`, ...BERLIN_VTIMEZONE];
  const from = Date.UTC(2024, 0, 1);
  const span = 3 * 365 * 86_400_000;
  const day = 86_400_000;
  let count = 0;
  let uid = 0;
  const event = (extra: string[], startMs: number, minutes: number) => {
    count++;
    lines.push(
      "BEGIN:VEVENT",
      `DTSTART;TZID=Europe/Berlin:${stamp(startMs)}`,
      `DTEND;TZID=Europe/Berlin:${stamp(startMs + minutes * 60_000)}`,
      `DTSTAMP:20261101T000000Z`,
      `SUMMARY:${pick(random, TITLES)} ${count}`,
      `ORGANIZER;CN=Org:mailto:org${count % 50}@example.com`,
      `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${random() < 0.05 ? "DECLINED" : "ACCEPTED"};CN=Lead:mailto:${ME}`,
      `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Peer:mailto:peer${count % 80}@example.com`,
      "DESCRIPTION:@@",
      ...extra,
      "END:VEVENT",
    );
  };
  const slot = () => from + Math.floor(random() * (span / day)) * day + (8 + Math.floor(random() * 9)) * 3_600_000;
  while (count < EVENTS) {
    const start = slot();
    if (random() < 0.4 && count < EVENTS - 3) {
      const id = `series-${uid++}@google.com`;
      const daily = random() < 0.3;
      const until = random() < 0.97 ? `;UNTIL=${stamp(start + Math.floor(random() * 400) * day)}Z` : "";
      const exdate = start + 7 * day * (1 + Math.floor(random() * 40));
      event([`UID:${id}`, `RRULE:FREQ=${daily ? "DAILY;BYDAY=MO,TU,WE,TH,FR" : "WEEKLY"}${until}`, `EXDATE;TZID=Europe/Berlin:${stamp(exdate)}`], start, 30);
      if (random() < 0.5) {
        const moved = start + 7 * day * (1 + Math.floor(random() * 60));
        event([`UID:${id}`, `RECURRENCE-ID;TZID=Europe/Berlin:${stamp(moved)}`], moved + 2 * 3_600_000, 30);
      }
    } else {
      event([`UID:single-${uid++}@google.com`], start, 30 + 15 * Math.floor(random() * 6));
    }
  }
  lines.push("END:VCALENDAR");
  const bare = lines.join("\r\n");
  const perEvent = Math.max(0, Math.floor((TARGET_BYTES - bare.length) / count) - 2);
  const prose = "Agenda and notes for the meeting, links to the documents and the video call. ".repeat(Math.ceil(perEvent / 70) + 1);
  // Folded at 75 octets as exporters do: CRLF and one space continue a line.
  const description = (prose.slice(0, perEvent).match(/.{1,72}/g) ?? []).join("\r\n ");
  return bare.replaceAll("DESCRIPTION:@@", `DESCRIPTION:${description}`);
}

export const calendarBench: BenchSection = {
  name: "calendar",
  description: `import one week from a generated 5 MB calendar with ${EVENTS.toLocaleString("en-US")} events`,
  async run({ iterations, warmup, random }) {
    const text = generateCalendar(random);
    const runs = Math.min(iterations, 9);
    const options = { week: WEEK, timeZone: "Europe/Berlin", emails: [ME], managerEmails: [], rules: DEFAULT_CALENDAR_RULES, budgetMs: 60_000 };
    const check = importCalendarWeek(text, options);
    if (!check.ok) throw new Error(`calendar bench: ${check.error}`);
    const samples = await timeEach(Array.from({ length: Math.min(warmup, 2) + runs }, () => text), Math.min(warmup, 2), async (t) => {
      const result = importCalendarWeek(t, options);
      if (!result.ok) throw new Error(result.error);
    });
    // From sources the worker loads its code through tsx; calendar-http measures the built worker.
    const tiny = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:t", "DTSTART:20261117T090000Z", "DTEND:20261117T100000Z", "END:VEVENT", "END:VCALENDAR"].join("\r\n");
    const isolatedRuns = Math.min(runs, 5);
    // The overhead is what is measured here, not the deadline: a busy machine may need longer than 5 s.
    const roomy = { ...WORKER_LIMITS, deadlineMs: 60_000 };
    const isolated = await timeEach(Array.from({ length: 1 + isolatedRuns }, () => text), 1, async (t) => {
      const result = await importCalendarWeekIsolated(t, options, { limits: roomy });
      if (!result.ok) throw new Error(result.error);
    });
    const startup = await timeEach(Array.from({ length: 1 + isolatedRuns }, () => tiny), 1, async (t) => {
      const result = await importCalendarWeekIsolated(t, options, { limits: roomy });
      if (!result.ok) throw new Error(result.error);
    });
    const timings = [
      summarize(
        `import ${WEEK} from ${(text.length / 1024 / 1024).toFixed(1)} MB, ${formatCount(EVENTS)} events (${formatCount(check.value.events.length)} in the week)`,
        samples,
        GOAL,
      ),
      summarize("the same in a worker thread (from sources: tsx loads the worker's code)", isolated),
      summarize("a one-event calendar in a worker thread (start-up cost, tsx)", startup),
    ];
    return {
      tables: [timingTable(`Timings (${runs} imports after ${Math.min(warmup, 2)} warm-up imports)`, timings)],
      goals: timingGoals("calendar", timings),
    };
  },
};
