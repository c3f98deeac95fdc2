import { formatWeekLabel } from "./format";
import { addIsoWeeks, compareIsoWeeks, formatIsoWeek, isoWeekOfDate, isoWeeksInYear } from "./iso-week";

/** Longer input is refused before any parsing: nobody types a week in more than this. */
export const WEEK_INPUT_MAX_LENGTH = 40;
/** "N weeks ago" goes back at most ten years. */
const MAX_WEEKS_AGO = 520;
const FIRST_YEAR = 1970;

export const WEEK_INPUT_EXAMPLES = "2026-W47, a date such as 2026-11-24, “last week” or “3 weeks ago”";

export type WeekInputResult = { ok: true; week: string } | { ok: false; error: string };

const unreadable = (): WeekInputResult => ({ ok: false, error: `That isn’t a week we can read. Try ${WEEK_INPUT_EXAMPLES}.` });
const fail = (error: string): WeekInputResult => ({ ok: false, error });

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

const ISO_WEEK_RE = /^(\d{4})\s*-?\s*w\s*(\d{1,2})(?:\s*-\s*[1-7])?$/;
const WEEK_OF_YEAR_RE = /^(?:w|week|kw)\s*(\d{1,2})(?:\s*(?:,|of|\/)?\s*(\d{4}))?$/;
const ISO_DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED_DATE_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const WEEKS_AGO_RE = /^(\d{1,4}|[a-z]+)\s+weeks?\s+ago$/;
const SLASHED_DATE_RE = /^\d{1,4}\/\d{1,2}\/\d{1,4}$/;

const RELATIVE: Record<string, number> = {
  "this week": 0,
  "current week": 0,
  today: 0,
  now: 0,
  "last week": -1,
  "previous week": -1,
  "past week": -1,
  "week before last": -2,
  "the week before last": -2,
  "next week": 1,
};

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function weekOfCalendarDate(year: number, month: number, day: number): WeekInputResult {
  if (year < FIRST_YEAR) return fail(`Pendulum keeps weeks from ${FIRST_YEAR} on.`);
  if (!isRealDate(year, month, day)) return fail(`${year}-${pad(month)}-${pad(day)} isn’t a date on the calendar.`);
  return { ok: true, week: isoWeekOfDate(`${year}-${pad(month)}-${pad(day)}`) };
}

function weekOfYear(year: number, week: number): WeekInputResult {
  if (year < FIRST_YEAR) return fail(`Pendulum keeps weeks from ${FIRST_YEAR} on.`);
  if (week < 1 || week > isoWeeksInYear(year)) return fail(`${year} has weeks 1 to ${isoWeeksInYear(year)}.`);
  return { ok: true, week: formatIsoWeek({ year, week }) };
}

/** "week 47" without a year: the latest week 47 that isn't after the current week. */
function latestWeekNumbered(week: number, currentWeek: string): WeekInputResult {
  if (week < 1 || week > 53) return fail("Weeks are numbered 1 to 53.");
  let year = Number(currentWeek.slice(0, 4));
  for (let tries = 0; tries < 8; tries++, year--) {
    if (week > isoWeeksInYear(year)) continue;
    const candidate = formatIsoWeek({ year, week });
    if (compareIsoWeeks(candidate, currentWeek) <= 0) return { ok: true, week: candidate };
  }
  return fail("Weeks are numbered 1 to 53.");
}

function weeksAgo(count: number, currentWeek: string): WeekInputResult {
  if (count > MAX_WEEKS_AGO) return fail(`Go back at most ${MAX_WEEKS_AGO} weeks this way, or type the week, such as 2016-W10.`);
  return { ok: true, week: addIsoWeeks(currentWeek, -count) };
}

function read(text: string, today: string, currentWeek: string): WeekInputResult {
  if (Object.hasOwn(RELATIVE, text)) return { ok: true, week: addIsoWeeks(currentWeek, RELATIVE[text]!) };
  if (text === "yesterday") return { ok: true, week: isoWeekOfDate(addDays(today, -1)) };
  if (text === "tomorrow") return { ok: true, week: isoWeekOfDate(addDays(today, 1)) };

  let match = ISO_WEEK_RE.exec(text);
  if (match) return weekOfYear(Number(match[1]), Number(match[2]));
  match = WEEK_OF_YEAR_RE.exec(text);
  if (match) return match[2] ? weekOfYear(Number(match[2]), Number(match[1])) : latestWeekNumbered(Number(match[1]), currentWeek);
  match = ISO_DATE_RE.exec(text);
  if (match) return weekOfCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DOTTED_DATE_RE.exec(text);
  if (match) return weekOfCalendarDate(Number(match[3]), Number(match[2]), Number(match[1]));
  match = WEEKS_AGO_RE.exec(text);
  if (match) {
    const count = /^\d+$/.test(match[1]!) ? Number(match[1]) : NUMBER_WORDS[match[1]!];
    if (count !== undefined) return weeksAgo(count, currentWeek);
  }
  if (SLASHED_DATE_RE.test(text)) return fail("Write dates year first, such as 2026-11-24, so the day and month can’t be mixed up.");
  return unreadable();
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Reads a week the way people type it: an ISO week ("2026-W47", "2026w47", "week 47"), a date
 * ("2026-11-24", "24.11.2026"), or words ("this week", "last week", "3 weeks ago", "yesterday").
 * `today` is the leader's calendar date (YYYY-MM-DD) in their zone; only weeks up to the current
 * one can be logged, so a later week gets its own message.
 */
export function parseWeekInput(raw: string, today: string): WeekInputResult {
  if (raw.length > WEEK_INPUT_MAX_LENGTH * 4) return unreadable();
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  if (text === "") return fail(`Type a week, such as ${WEEK_INPUT_EXAMPLES}.`);
  if (text.length > WEEK_INPUT_MAX_LENGTH) return unreadable();
  const currentWeek = isoWeekOfDate(today);
  const result = read(text, today, currentWeek);
  if (result.ok && Number(result.week.slice(0, 4)) < FIRST_YEAR) return fail(`Pendulum keeps weeks from ${FIRST_YEAR} on.`);
  if (result.ok && compareIsoWeeks(result.week, currentWeek) > 0) {
    return fail(`${formatWeekLabel(result.week)} hasn’t happened yet. You can log any week up to this one.`);
  }
  return result;
}
