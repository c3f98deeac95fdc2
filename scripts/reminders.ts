import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { closeDb, databaseConfigFromEnv, openDb } from "../db/client";
import { migrateDb } from "../db/migrate";
import { reminderStore } from "../db/queries/mail-deliveries";
import { mailConfigFromEnv, MailConfigError } from "../lib/mail/config";
import { createSmtpMailer } from "../lib/mail/smtp";
import { runReminders, type Mailer } from "../lib/reminders/run";

// Same default as db/index.ts, which cannot be imported here (it is server-only).
const DEFAULT_DB_FILE = "./data/pendulum.db";

const USAGE = `Usage: npm run reminders -- [--now 2026-11-30T09:00:00Z] [--dry-run]

Sends the weekly reminders and missed-week nudges that are due at --now (default: this instant)
and prints a JSON summary { "sent": [...], "skipped": [...] }. Safe to run as often as you like
and on several machines at once: each mail goes out at most once (claimed in the database).
Run it from cron every 15 minutes, or set REMINDERS=on on the app server instead.
Needs SMTP_URL and MAIL_FROM (not for --dry-run), APP_URL for the links, BETTER_AUTH_SECRET (or,
on SQLite, the generated secret beside the database), and DATABASE_URL or PENDULUM_DB.`;

class UsageError extends Error {}

function secretFor(sqliteFile: string | null): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = sqliteFile ? join(dirname(sqliteFile), "auth-secret") : null;
  if (file && existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new Error("Set BETTER_AUTH_SECRET to the app's secret: it signs the unsubscribe links.");
}

async function main(argv: string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { now: { type: "string" }, "dry-run": { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
  if (parsed.values.help) return USAGE;
  const now = parsed.values.now === undefined ? new Date() : new Date(parsed.values.now);
  if (Number.isNaN(now.getTime()) || (parsed.values.now !== undefined && !/^\d{4}-\d{2}-\d{2}T/.test(parsed.values.now))) {
    throw new UsageError(`--now must be an instant such as 2026-11-30T09:00:00Z, not "${parsed.values.now}".`);
  }
  const dryRun = parsed.values["dry-run"] === true;

  let mail;
  try {
    mail = mailConfigFromEnv(process.env);
  } catch (error) {
    if (error instanceof MailConfigError) throw new Error(error.message);
    throw error;
  }
  if (!mail && !dryRun) throw new Error("Mail is not configured: set SMTP_URL and MAIL_FROM (or use --dry-run).");

  const config = databaseConfigFromEnv(process.env, DEFAULT_DB_FILE);
  if (config.engine === "sqlite") {
    config.file = resolve(config.file);
    if (!existsSync(config.file)) throw new Error(`No database at ${config.file} (set PENDULUM_DB or DATABASE_URL).`);
  }
  const secret = secretFor(config.engine === "sqlite" ? config.file : null);
  const baseUrl = (process.env.APP_URL || `http://localhost:${process.env.PORT || "3000"}`).replace(/\/+$/, "");
  const smtp = mail && !dryRun ? createSmtpMailer(mail, { pool: true }) : null;
  const mailer: Mailer = smtp ?? { send: async () => {} };
  const db = openDb(config);
  try {
    await migrateDb(db);
    const summary = await runReminders({
      store: reminderStore(db),
      mailer,
      now,
      baseUrl,
      secret,
      dryRun,
      onError: (entry, error) =>
        process.stderr.write(`reminders: sending ${entry.kind} ${entry.week} to leader ${entry.userId} failed (${(error as { code?: string }).code ?? "error"})\n`),
    });
    return JSON.stringify(summary, null, 2);
  } finally {
    smtp?.close();
    await closeDb(db);
  }
}

main(process.argv.slice(2)).then(
  (output) => process.stdout.write(`${output}\n`),
  (error: unknown) => {
    process.stderr.write(`reminders: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
