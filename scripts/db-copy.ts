import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeDb, createDb, createPgDb, describeDatabase } from "../db/client";
import { copyDatabase, CopyRefused } from "../db/copy";
import { migrateDb } from "../db/migrate";
import { ExitError, resolveFrom, runCli } from "./cli/common";

const USAGE = `Usage: npm run db:copy -- --from FILE --to postgres://USER:PASSWORD@HOST:PORT/DATABASE [--replace]

Copies a Pendulum SQLite database (FILE, e.g. data/pendulum.db) into PostgreSQL: every table, in
one transaction, then checks the row count and a SHA-256 checksum of every table on both sides and
keeps the copy only if all match. Stop the app first. Both databases are brought to the current
migrations. A target that already has rows is refused unless --replace is given, which empties it.
Then start the app with DATABASE_URL set to the same URL.`;

runCli(async (io) => {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...io.argv],
      options: { from: { type: "string" }, to: { type: "string" }, replace: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    throw new ExitError(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  if (values.help) throw new ExitError(USAGE, 0);
  if (!values.from || !values.to) throw new ExitError(`Give both --from and --to.\n\n${USAGE}`, 2);
  if (!/^postgres(ql)?:\/\//.test(values.to)) throw new ExitError("--to must be a postgres:// or postgresql:// URL", 2);
  const file = resolveFrom(io, values.from);
  if (!existsSync(file)) throw new ExitError(`No database at ${file}`, 1);

  const source = createDb(file);
  const target = createPgDb(values.to, { max: 2 });
  try {
    await migrateDb(source);
    await migrateDb(target);
    const to = describeDatabase({ engine: "postgres", url: values.to });
    io.stderr(`Copying ${file} into ${to} …\n`);
    const copies = await copyDatabase(source, target, {
      replace: values.replace === true,
      onTable: (c) => io.stderr(`  ${c.table.padEnd(16)} ${String(c.targetRows).padStart(9)} rows  sha256 ${c.targetChecksum.slice(0, 16)}…\n`),
    });
    const rows = copies.reduce((sum, c) => sum + c.targetRows, 0);
    io.stdout(`Copied ${rows} rows in ${copies.length} tables; row counts and checksums match. Start the app with DATABASE_URL=${to}\n`);
  } catch (error) {
    if (error instanceof CopyRefused) throw new ExitError(error.message, 1);
    throw error;
  } finally {
    await closeDb(source);
    await closeDb(target);
  }
}, import.meta.url);
