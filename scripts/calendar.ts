import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { calendarOwnerEmail, importCalendarWeek, MAX_CALENDAR_BYTES } from "../lib/calendar";
import { isValidIsoWeek, isValidTimeZone } from "../lib/iso-week";
import { DEFAULT_CALENDAR_RULES } from "../lib/validation/calendar";

const USAGE = "Usage: npm run calendar -- FILE --week 2026-W47 [--tz Europe/Berlin] [--me EMAIL]";

class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

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

async function readText(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new ExitError(`${file} is a directory, not a calendar file`, 1);
    if (info.size > MAX_CALENDAR_BYTES) {
      throw new ExitError(`${file} is ${(info.size / 1024 / 1024).toFixed(1)} MB; calendar files are at most ${MAX_CALENDAR_BYTES / 1024 / 1024} MB`, 1);
    }
    return await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof ExitError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ExitError(`File not found: ${file}`, 1);
    if (code === "EACCES" || code === "EPERM") throw new ExitError(`No permission to read ${file}`, 1);
    throw new ExitError(`Could not read ${file}: ${(error as Error).message}`, 1);
  }
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  // npm runs scripts from the package root and keeps the caller's directory in INIT_CWD.
  const absolute = path.resolve(process.env.INIT_CWD || process.cwd(), args.file);
  const text = await readText(absolute);
  const me = args.me?.toLowerCase() ?? calendarOwnerEmail(text);
  if (!me) process.stderr.write("No --me given and the calendar is not named after an email address: declined events count as accepted.\n");
  const result = importCalendarWeek(text, {
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

main().catch((error: unknown) => {
  if (error instanceof ExitError) {
    if (error.message) (error.code === 0 ? process.stdout : process.stderr).write(`${error.message}\n`);
    process.exitCode = error.code;
    return;
  }
  console.error(error);
  process.exitCode = 1;
});
