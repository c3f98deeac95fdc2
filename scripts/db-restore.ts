import { parseArgs } from "node:util";
import { closeDb, createDb } from "../db/client";
import { migrateDb } from "../db/migrate";
import { restoreSqliteBackup, RestoreRefused } from "../db/snapshot";
import { ExitError, resolveFrom, runCli } from "./cli/common";

const USAGE = `Usage: npm run db:restore -- --from BACKUP.db [--to FILE] [--replace]

Puts a SQLite backup made by npm run backup in place as the database FILE (default PENDULUM_DB, else
./data/pendulum.db). Stop the app first. The backup is checked with integrity_check; an existing FILE
is refused unless --replace. Then applies any newer migrations, so the app starts on it as usual.
PostgreSQL dumps are restored with pg_restore (docs/deploy.md).`;

runCli(async (io) => {
  let values;
  try {
    ({ values } = parseArgs({ args: [...io.argv], options: { from: { type: "string" }, to: { type: "string" }, replace: { type: "boolean" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    throw new ExitError(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  if (values.help) throw new ExitError(USAGE, 0);
  if (!values.from) throw new ExitError(`Give --from BACKUP.db.\n\n${USAGE}`, 2);
  if (io.env.DATABASE_URL && !values.to) throw new ExitError("DATABASE_URL is set: restore PostgreSQL dumps with pg_restore (docs/deploy.md), or give --to FILE.", 2);
  const from = resolveFrom(io, values.from);
  const to = resolveFrom(io, values.to ?? io.env.PENDULUM_DB ?? "./data/pendulum.db");
  try {
    restoreSqliteBackup(from, to, { replace: values.replace === true });
  } catch (error) {
    if (error instanceof RestoreRefused) throw new ExitError(error.message, 1);
    throw error;
  }
  const db = createDb(to);
  try {
    await migrateDb(db);
  } finally {
    await closeDb(db);
  }
  io.stdout(`Restored ${from} to ${to}. Start the app as usual.\n`);
}, import.meta.url);
