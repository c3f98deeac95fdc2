import { isoWeekEndDate, isoWeekStartDate, parseIsoWeek } from "./iso-week";

const LOCALE = "en-US";
const hoursNumber = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const percentNumber = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 0 });

/** 7.25 → "7.25 h", 40 → "40 h". */
export function formatHours(hours: number): string {
  return `${hoursNumber.format(hours)} h`;
}

/** A share from 0 to 1 as a whole percentage: 0.425 → "43%". */
export function formatPercent(share: number): string {
  return percentNumber.format(share);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "2026-11-16" → { day: "16", month: "Nov", year: "2026" } (no Date: a calendar date has no time zone). */
function dateParts(isoDate: string) {
  const [year, month, day] = isoDate.split("-") as [string, string, string];
  return { day: String(Number(day)), month: MONTHS[Number(month) - 1]!, year };
}

/**
 * "Mon 16 Nov – Sun 22 Nov 2026"; the year is shown on both ends when the week spans two.
 * An ISO week always runs Monday to Sunday, so the weekday names are fixed (the dashboard formats
 * one range per week shown, and date-fns' format was most of its view time for two years).
 */
export function formatWeekRange(week: string): string {
  const start = dateParts(isoWeekStartDate(week));
  const end = dateParts(isoWeekEndDate(week));
  const startYear = start.year === end.year ? "" : ` ${start.year}`;
  return `Mon ${start.day} ${start.month}${startYear} – Sun ${end.day} ${end.month} ${end.year}`;
}

/** "2026-W10" → "Week 10, 2026"; anything else is returned as it is. */
export function formatWeekLabel(week: string): string {
  const parts = parseIsoWeek(week);
  return parts ? `Week ${parts.week}, ${parts.year}` : week;
}

const KB = 1024;
const MB = 1024 * KB;
const sizeNumber = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** A byte count as people read a file size: 65536 → "64 kB", 5242880 → "5 MB", 10.5 MB → "10.5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes >= MB) return `${sizeNumber.format(bytes / MB)} MB`;
  return `${Math.round(bytes / KB)} kB`;
}
