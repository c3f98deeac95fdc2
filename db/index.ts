import "server-only";
import { resolve } from "node:path";
import { createDb, type Db } from "./client";
import { migrateDb } from "./migrate";

export const DEFAULT_DB_FILE = "./data/pendulum.db";

export function dbFilePath(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.PENDULUM_DB || DEFAULT_DB_FILE);
}

const globalForDb = globalThis as unknown as { pendulumDb?: Db };

/** The app's one connection, opened and migrated on first use. */
export function getDb(): Db {
  if (!globalForDb.pendulumDb) {
    const db = createDb(dbFilePath());
    migrateDb(db);
    globalForDb.pendulumDb = db;
  }
  return globalForDb.pendulumDb;
}
