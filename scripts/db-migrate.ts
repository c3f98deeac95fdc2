import { parseArgs } from "node:util";
import { closeDb, databaseConfigFromEnv, describeDatabase, openDb } from "../db/client";
import { migrateDb } from "../db/migrate";
import { ExitError, runCli } from "./cli/common";

const DEFAULT_DB_FILE = "./data/pendulum.db";

const USAGE = `Usage: npm run db:migrate

Applies the pending migrations to DATABASE_URL (PostgreSQL) or, when it is unset, to the SQLite file
PENDULUM_DB (default ${DEFAULT_DB_FILE}). The app does the same at start; several instances (or this
command) starting at once are safe: one applies the migrations while the others wait for it.`;

runCli(async (io) => {
  const { values } = parseArgs({ args: [...io.argv], options: { help: { type: "boolean", short: "h" } } });
  if (values.help) throw new ExitError(USAGE, 0);
  const config = databaseConfigFromEnv(io.env, DEFAULT_DB_FILE);
  const db = openDb(config);
  try {
    await migrateDb(db);
    io.stdout(`Migrations applied: ${describeDatabase(config)}\n`);
  } finally {
    await closeDb(db);
  }
}, import.meta.url);
