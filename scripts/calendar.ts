import { calendarOwnerEmail, MAX_CALENDAR_BYTES } from "../lib/calendar";
import { importCalendarWeekIsolated } from "../lib/calendar/isolated-import";
import { isValidIsoWeek, isValidTimeZone } from "../lib/iso-week";
import { DEFAULT_CALENDAR_RULES } from "../lib/validation/calendar";
import { ExitError, readFileArgs, readTextFile, resolveFrom, runCli, type Command } from "./cli/common";

const USAGE = "Usage: npm run calendar -- FILE --week 2026-W47 [--tz Europe/Berlin] [--me EMAIL]… [--manager EMAIL]…";
const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;
const MAX_ADDRESSES = 10;

type Args = { file: string; week: string; timeZone: string; me: string[]; managers: string[] };

function addresses(flag: string, values: string[] | undefined): string[] {
  const list = (values ?? []).map((v) => v.trim().toLowerCase());
  const bad = list.find((v) => !EMAIL_RE.test(v));
  if (bad !== undefined) throw new ExitError(`--${flag} must be an email address (got "${bad}")\n${USAGE}`, 2);
  if (list.length > MAX_ADDRESSES) throw new ExitError(`--${flag} may be given at most ${MAX_ADDRESSES} times\n${USAGE}`, 2);
  return [...new Set(list)];
}

function readArgs(argv: readonly string[]): Args {
  const { file, values } = readFileArgs(argv, USAGE, {
    week: { type: "string" },
    tz: { type: "string" },
    me: { type: "string", multiple: true },
    manager: { type: "string", multiple: true },
  });
  if (values.week === undefined) throw new ExitError(`Missing --week\n${USAGE}`, 2);
  if (!isValidIsoWeek(values.week)) throw new ExitError(`--week must be an ISO week such as 2026-W47 (got "${values.week}")\n${USAGE}`, 2);
  const timeZone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isValidTimeZone(timeZone)) throw new ExitError(`--tz must be an IANA time zone such as Europe/Berlin (got "${timeZone}")\n${USAGE}`, 2);
  return { file, week: values.week, timeZone, me: addresses("me", values.me), managers: addresses("manager", values.manager) };
}

export const calendar: Command = async (io) => {
  const args = readArgs(io.argv);
  const absolute = resolveFrom(io, args.file);
  const text = await readTextFile(absolute, {
    maxBytes: MAX_CALENDAR_BYTES,
    kind: "a calendar file",
    kinds: "calendar files",
  });
  const owner = calendarOwnerEmail(text);
  const me = args.me.length ? args.me : owner ? [owner] : [];
  if (!me.length) io.stderr("No --me given and the calendar is not named after an email address: declined events count as accepted.\n");
  // The same default rules a new leader starts with in the app.
  const result = await importCalendarWeekIsolated(text, {
    week: args.week,
    timeZone: args.timeZone,
    emails: me,
    managerEmails: args.managers,
    rules: DEFAULT_CALENDAR_RULES,
  });
  if (!result.ok) throw new ExitError(`${absolute}: ${result.error}`, 1);
  for (const warning of result.value.warnings) io.stderr(`${warning}\n`);
  const { week, timeZone, hours, managerOneOnOne, quality, events, skipped, skippedCounts } = result.value;
  const listed = skipped.length;
  const total = Object.values(skippedCounts).reduce((a, b) => a + b, 0);
  if (total > listed) io.stderr(`${total - listed} more skipped events are not listed.\n`);
  const output = {
    week,
    timeZone,
    hours,
    managerOneOnOne,
    quality,
    events: events.map(({ summary, start, end, category }) => ({ summary, start, end, category })),
    skipped: skipped.map(({ summary, start, reason }) => ({ summary, start, reason })),
  };
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
};

runCli(calendar, import.meta.url);
