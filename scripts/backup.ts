import { parseArgs } from "node:util";
import { closeDb, databaseConfigFromEnv, describeDatabase, openDb } from "../db/client";
import { backupPostgres } from "../db/pg-dump";
import { backupSqlite } from "../db/snapshot";
import { parseKeep } from "../lib/backup-settings";
import { ExitError, resolveFrom, runCli, type CliIo } from "./cli/common";

const USAGE = `Usage: npm run backup -- --out DIR [--keep N]

Backs up the database the app uses (DATABASE_URL, else PENDULUM_DB, default ./data/pendulum.db) into
DIR (default BACKUP_DIR) and keeps the newest N backups there (default BACKUP_KEEP, else 7).
SQLite: a consistent copy through SQLite's online backup API, safe while the app runs, checked with
integrity_check: DIR/pendulum-<UTC time>.db. Restore with npm run db:restore.
PostgreSQL: pg_dump --format=custom (PostgreSQL's client tools must be installed):
DIR/pendulum-<UTC time>.pgdump. Restore with pg_restore (docs/deploy.md).`;

runCli(async (io) => {
  let values;
  try {
    ({ values } = parseArgs({ args: [...io.argv], options: { out: { type: "string" }, keep: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    throw new ExitError(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  if (values.help) throw new ExitError(USAGE, 0);
  const out = values.out ?? io.env.BACKUP_DIR;
  if (!out) throw new ExitError(`Give --out DIR (or set BACKUP_DIR).\n\n${USAGE}`, 2);
  let keep: number;
  try {
    keep = parseKeep(values.keep ?? io.env.BACKUP_KEEP, values.keep ? "--keep" : "BACKUP_KEEP");
  } catch (error) {
    throw new ExitError((error as Error).message, 2);
  }
  const dir = resolveFrom(io, out);
  const config = databaseConfigFromEnv(io.env, "./data/pendulum.db");
  if (config.engine === "postgres") {
    const result = await backupPostgres(config.url, dir, { keep }).catch((error: Error) => {
      throw new ExitError(error.message, 1);
    });
    report(io, describeDatabase(config), result);
    return;
  }
  const file = resolveFrom(io, config.file);
  const db = openDb({ engine: "sqlite", file });
  try {
    report(io, describeDatabase({ engine: "sqlite", file }), await backupSqlite(db, dir, { keep }));
  } finally {
    await closeDb(db);
  }
}, import.meta.url);

function report(io: CliIo, source: string, { file, bytes, removed }: { file: string; bytes: number; removed: string[] }) {
  io.stdout(`Backed up ${source} to ${file} (${(bytes / 1024).toFixed(0)} KiB)${removed.length ? `; removed ${removed.length} older backup(s)` : ""}\n`);
}
