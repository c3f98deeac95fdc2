import "server-only";
import { resolve } from "node:path";
import { closeDb, databaseConfigFromEnv, openDb, type DatabaseConfig, type Db } from "./client";
import { migrateDb } from "./migrate";

export const DEFAULT_DB_FILE = "./data/pendulum.db";

/** DATABASE_URL (PostgreSQL) when set, else the SQLite file PENDULUM_DB (default ./data/pendulum.db). */
export function databaseConfig(): DatabaseConfig {
  const config = databaseConfigFromEnv(process.env, DEFAULT_DB_FILE);
  return config.engine === "sqlite" ? { engine: "sqlite", file: resolve(/*turbopackIgnore: true*/ config.file) } : config;
}

/** The SQLite file (also where the generated auth secret is kept when there is no DATABASE_URL). */
export function dbFilePath(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.PENDULUM_DB || DEFAULT_DB_FILE);
}

const globalForDb = globalThis as unknown as { pendulumDb?: Db; pendulumMigrated?: Promise<void> };

/** The app's one connection (SQLite) or pool (PostgreSQL), opened on first use. */
export function getDb(): Db {
  globalForDb.pendulumDb ??= openDb(databaseConfig());
  return globalForDb.pendulumDb;
}

/** Applies pending migrations once per process; instrumentation.ts awaits it before serving. */
export function prepareDb(): Promise<void> {
  globalForDb.pendulumMigrated ??= migrateDb(getDb());
  return globalForDb.pendulumMigrated;
}

/** Closes the app's connection or pool if it was opened (graceful shutdown); later getDb() calls reopen. */
export async function closeAppDb(): Promise<void> {
  const db = globalForDb.pendulumDb;
  if (!db) return;
  globalForDb.pendulumDb = undefined;
  await closeDb(db);
}
