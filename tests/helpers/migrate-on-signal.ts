// A starting app instance, reduced to what it does first. For each line on stdin, a database (a
// SQLite file path or a postgres:// URL) that several such processes receive at the same moment,
// it opens that database (creating the file if need be) and migrates it, then prints
// "migrated" or "failed: <why>".
import { createInterface } from "node:readline";
import { closeDb, databaseConfigFromEnv, openDb } from "../../db/client";
import { migrateDb } from "../../db/migrate";

process.stdout.write("ready\n");
const lines = createInterface({ input: process.stdin });
lines.on("line", async (target) => {
  try {
    const env = target.startsWith("postgres") ? { DATABASE_URL: target } : { PENDULUM_DB: target };
    const db = openDb(databaseConfigFromEnv(env, target));
    try {
      await migrateDb(db);
    } finally {
      await closeDb(db);
    }
    process.stdout.write("migrated\n");
  } catch (error) {
    const why = error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error);
    process.stdout.write(`failed: ${why.replace(/\s+/g, " ")}\n`);
  }
});
