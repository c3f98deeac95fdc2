import type Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { readMigrationFiles, type MigrationMeta } from "drizzle-orm/migrator";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BUSY_TIMEOUT_MS, pgPoolOf, withSqliteConnection, type Db, type Engine } from "./client";

const FOLDERS: Record<Engine, string> = { sqlite: "migrations", postgres: "migrations-pg" };
// Any fixed number; every instance of the app must use the same one.
const PG_MIGRATION_LOCK = 7_140_514;
// How long a starting instance waits for another one's migrations before giving up.
const MIGRATION_WAIT_MS = 10 * 60_000;
const SQLITE_MIGRATIONS_TABLE = "__drizzle_migrations";

export function migrationsFolder(engine: Engine): string {
  const name = FOLDERS[engine];
  const candidates = [join(process.cwd(), "db", name), join(import.meta.dirname ?? "", name)];
  const found = candidates.find((dir) => existsSync(join(dir, "meta", "_journal.json")));
  if (!found) throw new Error(`Migrations not found (looked in ${candidates.join(", ")})`);
  return found;
}

/**
 * Applies the committed drizzle-kit migrations; safe to call on every start, also by several
 * processes at once: the first applies them while the others wait, then find nothing to do.
 */
export async function migrateDb(db: Db): Promise<void> {
  if (db.engine === "postgres") return migratePostgres(db);
  const migrations = readMigrationFiles({ migrationsFolder: migrationsFolder("sqlite") });
  await withSqliteConnection(db, (client) => migrateSqlite(client, migrations));
}

async function migratePostgres(db: Db): Promise<void> {
  const client = await pgPoolOf(db).connect();
  try {
    await client.query("select pg_advisory_lock($1)", [PG_MIGRATION_LOCK]);
    try {
      await migratePg(drizzle({ client }), { migrationsFolder: migrationsFolder("postgres") });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [PG_MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/**
 * drizzle's own SQLite migrator, with its bookkeeping table unchanged, but the check for applied
 * migrations and the applying happen in one BEGIN IMMEDIATE transaction: SQLite's database-wide
 * write lock is the advisory lock, so a second process waits and then sees the first one's work
 * (drizzle reads before it locks, and two instances on a fresh file crashed on CREATE TABLE).
 */
function migrateSqlite(client: Database.Database, migrations: MigrationMeta[]): void {
  client.pragma(`busy_timeout = ${MIGRATION_WAIT_MS}`);
  try {
    client
      .transaction(() => {
        client
          .prepare(`CREATE TABLE IF NOT EXISTS "${SQLITE_MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`)
          .run();
        const last = client.prepare(`SELECT id, hash, created_at FROM "${SQLITE_MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`).raw().get() as
          | [unknown, string, number | string]
          | undefined;
        const record = client.prepare(`INSERT INTO "${SQLITE_MIGRATIONS_TABLE}" ("hash", "created_at") VALUES (?, ?)`);
        for (const migration of migrations) {
          if (last && Number(last[2]) >= migration.folderMillis) continue;
          for (const statement of migration.sql) client.prepare(statement).run();
          record.run(migration.hash, migration.folderMillis);
        }
      })
      .immediate();
  } finally {
    client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}
