import { DEFAULT_TIME_ZONE, localIsoDate } from "./local-date";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const ISO_WEEK_RE = /^(\d{4})-W(\d{2})$/;
// Monday 1970-01-05 starts ISO week 1970-W02; ordinals count weeks from it.
const EPOCH_MONDAY_MS = Date.UTC(1970, 0, 5);

export type IsoWeekParts = { year: number; week: number };

// Week arithmetic without Date objects: the dashboard and the signals engine call these helpers
// thousands of times per page, and on the server Next.js wraps the Date constructor (to spot clock
// reads), which made `new Date(ms)` most of their cost. Days count from 1970-01-01, a Thursday.

/** Monday 0 … Sunday 6 of the UTC day that `ms` falls in. */
function mondayBasedWeekday(ms: number): number {
  return (((Math.floor(ms / DAY_MS) + 3) % 7) + 7) % 7;
}

/** The UTC calendar date of `ms` (days from the civil calendar, after Howard Hinnant's algorithm). */
function utcCivil(ms: number): { year: number; month: number; day: number } {
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function week1MondayMs(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - mondayBasedWeekday(jan4) * DAY_MS;
}

export function isoWeeksInYear(year: number): 52 | 53 {
  return (week1MondayMs(year + 1) - week1MondayMs(year)) / WEEK_MS === 53 ? 53 : 52;
}

export function parseIsoWeek(value: string): IsoWeekParts | null {
  const match = ISO_WEEK_RE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1970 || week < 1 || week > isoWeeksInYear(year)) return null;
  return { year, week };
}

export function isValidIsoWeek(value: string): boolean {
  return parseIsoWeek(value) !== null;
}

export function formatIsoWeek({ year, week }: IsoWeekParts): string {
  return `${year}-W${String(week).padStart(2, "0")}`;
}

function mustParse(value: string): IsoWeekParts {
  const parts = parseIsoWeek(value);
  if (!parts) throw new RangeError(`Not an ISO week: ${value}`);
  return parts;
}

/** Whole weeks since 1970-W02; consecutive ISO weeks have consecutive ordinals. */
export function isoWeekToOrdinal(value: string): number {
  const { year, week } = mustParse(value);
  return Math.round((week1MondayMs(year) + (week - 1) * WEEK_MS - EPOCH_MONDAY_MS) / WEEK_MS);
}

export function isoWeekFromOrdinal(ordinal: number): string {
  return isoWeekOfUtcMs(EPOCH_MONDAY_MS + ordinal * WEEK_MS + 3 * DAY_MS);
}

function isoWeekOfUtcMs(ms: number): string {
  const thursday = ms + (3 - mondayBasedWeekday(ms)) * DAY_MS;
  const { year } = utcCivil(thursday);
  const week = Math.floor((thursday - week1MondayMs(year)) / WEEK_MS) + 1;
  return formatIsoWeek({ year, week });
}

export function addIsoWeeks(value: string, count: number): string {
  return isoWeekFromOrdinal(isoWeekToOrdinal(value) + count);
}

export function compareIsoWeeks(a: string, b: string): number {
  return isoWeekToOrdinal(a) - isoWeekToOrdinal(b);
}

/** Inclusive list of weeks from `from` to `to`; empty when reversed. */
export function isoWeeksBetween(from: string, to: string): string[] {
  const start = isoWeekToOrdinal(from);
  const end = isoWeekToOrdinal(to);
  const weeks: string[] = [];
  for (let i = start; i <= end; i++) weeks.push(isoWeekFromOrdinal(i));
  return weeks;
}

function toIsoDate(ms: number): string {
  const { year, month, day } = utcCivil(ms);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function weekStartMs(value: string): number {
  const { year, week } = mustParse(value);
  return week1MondayMs(year) + (week - 1) * WEEK_MS;
}

/** The Monday of the week as a calendar date (YYYY-MM-DD). */
export function isoWeekStartDate(value: string): string {
  return toIsoDate(weekStartMs(value));
}

/** The Sunday of the week as a calendar date (YYYY-MM-DD). */
export function isoWeekEndDate(value: string): string {
  return toIsoDate(weekStartMs(value) + 6 * DAY_MS);
}

/** The ISO week that an instant falls in, on the wall clock of `timeZone`. */
export function isoWeekOfInstant(instant: Date, timeZone: string): string {
  return isoWeekOfDate(localIsoDate(instant, timeZone));
}

/** The ISO week of a calendar date (YYYY-MM-DD), independent of time zones. */
export function isoWeekOfDate(isoDate: string): string {
  return isoWeekOfUtcMs(Date.parse(`${isoDate}T00:00:00Z`));
}

export function currentIsoWeek(now: Date, timeZone: string): string {
  return isoWeekOfInstant(now, timeZone);
}

export function lastCompletedIsoWeek(now: Date, timeZone: string): string {
  return addIsoWeeks(currentIsoWeek(now, timeZone), -1);
}

/** The last week the dashboard and the report show: the current week once it has a check-in, else the last completed one. */
export function lastShownWeek(checkinWeeks: Iterable<string>, now: Date, timeZone: string): string {
  const current = currentIsoWeek(now, timeZone);
  for (const week of checkinWeeks) if (week === current) return current;
  return addIsoWeeks(current, -1);
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A zone read from unchecked input (a form, a file): the zone when it is a real one, else DEFAULT_TIME_ZONE. */
export function timeZoneOrDefault(value: unknown): string {
  return typeof value === "string" && isValidTimeZone(value) ? value : DEFAULT_TIME_ZONE;
}
