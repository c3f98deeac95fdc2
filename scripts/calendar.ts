import { parseArgs } from "node:util";
import { calendarOwnerEmail, MAX_CALENDAR_BYTES } from "../lib/calendar";
import { importCalendarWeekIsolated } from "../lib/calendar/isolated-import";
import { isValidIsoWeek, isValidTimeZone } from "../lib/iso-week";
import { DEFAULT_CALENDAR_RULES } from "../lib/validation/calendar";
import { ExitError, readTextFile, resolveFromCaller, runCli } from "./cli/common";

const USAGE = "Usage: npm run calendar -- FILE --week 2026-W47 [--tz Europe/Berlin] [--me EMAIL]";

type Args = { file: string; week: string; timeZone: string; me?: string };

function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        week: { type: "string" },
        tz: { type: "string" },
        me: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new ExitError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new ExitError(USAGE, 0);
  if (positionals.length !== 1) {
    throw new ExitError(`${positionals.length === 0 ? "Missing FILE" : "Give exactly one FILE"}\n${USAGE}`, 2);
  }
  if (values.week === undefined) throw new ExitError(`Missing --week\n${USAGE}`, 2);
  if (!isValidIsoWeek(values.week)) throw new ExitError(`--week must be an ISO week such as 2026-W47 (got "${values.week}")\n${USAGE}`, 2);
  const timeZone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isValidTimeZone(timeZone)) throw new ExitError(`--tz must be an IANA time zone such as Europe/Berlin (got "${timeZone}")\n${USAGE}`, 2);
  if (values.me !== undefined && !/^[^\s@]+@[^\s@]+$/.test(values.me)) throw new ExitError(`--me must be an email address (got "${values.me}")\n${USAGE}`, 2);
  return { file: positionals[0]!, week: values.week, timeZone, me: values.me };
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const absolute = resolveFromCaller(args.file);
  const text = await readTextFile(absolute, {
    maxBytes: MAX_CALENDAR_BYTES,
    kind: "a calendar file",
    kinds: "calendar files",
  });
  const me = args.me?.toLowerCase() ?? calendarOwnerEmail(text);
  if (!me) process.stderr.write("No --me given and the calendar is not named after an email address: declined events count as accepted.\n");
  const result = await importCalendarWeekIsolated(text, {
    week: args.week,
    timeZone: args.timeZone,
    emails: me ? [me] : [],
    managerEmails: [],
    rules: DEFAULT_CALENDAR_RULES,
  });
  if (!result.ok) throw new ExitError(`${absolute}: ${result.error}`, 1);
  for (const warning of result.value.warnings) process.stderr.write(`${warning}\n`);
  const { week, timeZone, hours, events } = result.value;
  const output = {
    week,
    timeZone,
    hours,
    events: events.map(({ summary, start, end, category }) => ({ summary, start, end, category })),
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

runCli(main);
