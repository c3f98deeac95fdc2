import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrationsFolder } from "./migrate";
import { pgPoolOf, withSqliteConnection, type Db, type Engine } from "./client";

export type DatabaseHealth = {
  database: "ok" | "unreachable";
  migrations: "current" | "pending" | "unknown";
};

const HEALTH_TIMEOUT_MS = 2000;
const newestMigration = new Map<Engine, number>();

/** The creation time drizzle-kit gave the newest committed migration of `engine` (what the database's bookkeeping records). */
function newestCommittedMigration(engine: Engine): number {
  let newest = newestMigration.get(engine);
  if (newest === undefined) {
    newest = Math.max(0, ...readMigrationFiles({ migrationsFolder: migrationsFolder(engine) }).map((m) => m.folderMillis));
    newestMigration.set(engine, newest);
  }
  return newest;
}

/** The newest migration the database has applied (0 for none), read from drizzle's bookkeeping table. */
async function newestAppliedMigration(db: Db): Promise<number> {
  if (db.engine === "postgres") {
    const client = await pgPoolOf(db).connect();
    try {
      const { rows } = await client.query<{ table: string | null }>("select to_regclass('drizzle.__drizzle_migrations')::text as table");
      if (!rows[0]?.table) return 0;
      const result = await client.query<{ newest: string | null }>("select max(created_at)::text as newest from drizzle.__drizzle_migrations");
      return Number(result.rows[0]?.newest ?? 0);
    } finally {
      client.release();
    }
  }
  return withSqliteConnection(db, (client) => {
    const table = client.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    if (!table) return 0;
    const row = client.prepare("select max(created_at) as newest from __drizzle_migrations").get() as { newest: number | string | null };
    return Number(row.newest ?? 0);
  });
}

/**
 * Whether the database answers (within 2 s) and has every committed migration applied. Says nothing
 * else: no counts, versions or addresses, since anyone may call the health check.
 */
export async function checkDatabaseHealth(db: Db, timeoutMs = HEALTH_TIMEOUT_MS): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const applied = await Promise.race([newestAppliedMigration(db), timeout]);
    if (applied === "timeout") return { database: "unreachable", migrations: "unknown" };
    return { database: "ok", migrations: applied >= newestCommittedMigration(db.engine) ? "current" : "pending" };
  } catch {
    return { database: "unreachable", migrations: "unknown" };
  } finally {
    clearTimeout(timer);
  }
}
