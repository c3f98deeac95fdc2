import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SQL } from "drizzle-orm";
import pg from "pg";
import { closeDb, createDb, createPgDb, sqliteClientOf, type Db, type Engine } from "@/db/client";
import { migrateDb, migrationsFolder } from "@/db/migrate";

/**
 * The engine the database tests run on: SQLite files, or PostgreSQL under vitest.pg.config.ts
 * (`npm run test:pg`), which sets PENDULUM_TEST_ENGINE; TEST_DATABASE_URL then names the server
 * (an administrator's URL on a throwaway cluster, where test databases are created and dropped).
 */
export const TEST_ENGINE: Engine = process.env.PENDULUM_TEST_ENGINE === "postgres" ? "postgres" : "sqlite";

export type TempDb = {
  db: Db;
  engine: Engine;
  /** What a child process needs to open the same database (PENDULUM_DB or DATABASE_URL). */
  env: Record<string, string>;
  /** A scratch directory, removed by cleanup. */
  dir: string;
  /** Opens a second, independent connection (pool) to the same database. */
  reopen: () => Db;
  cleanup: () => Promise<void>;
};

/** A freshly migrated database: a SQLite file in a temp dir, or a new database on TEST_DATABASE_URL's server. */
export async function createTempDb(): Promise<TempDb> {
  const dir = mkdtempSync(join(tmpdir(), "pendulum-test-"));
  const opened: Db[] = [];
  const open = (make: () => Db) => {
    const db = make();
    opened.push(db);
    return db;
  };
  const closeAll = async () => {
    for (const db of opened.splice(0)) await closeDb(db);
  };

  if (TEST_ENGINE === "sqlite") {
    const file = join(dir, "test.db");
    const db = open(() => createDb(file));
    await migrateDb(db);
    return {
      db,
      engine: "sqlite",
      env: { PENDULUM_DB: file },
      dir,
      reopen: () => open(() => createDb(file)),
      cleanup: async () => {
        await closeAll();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  const url = await takePgDatabase();
  const db = open(() => createPgDb(url, { max: 4 }));
  return {
    db,
    engine: "postgres",
    env: { DATABASE_URL: url },
    dir,
    reopen: () => open(() => createPgDb(url, { max: 4 })),
    cleanup: async () => {
      await closeAll();
      await returnPgDatabase(url);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Inserts bare users (id, name = id, email <id>@example.test) so rows can point at them. */
export async function addUsers(db: Db, ...ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.insert(db.tables.users).values(ids.map((id) => ({ id, name: id, email: `${id}@example.test` })));
}

/** Rows of a raw SQL query (written for both engines), as plain objects; counts come back as numbers. */
export async function rawRows(db: Db, query: SQL): Promise<Record<string, unknown>[]> {
  const rows =
    db.engine === "postgres"
      ? (await db.execute(query)).rows
      : (() => {
          const dialect = (db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } } }).dialect;
          const { sql: text, params } = dialect.sqlToQuery(query);
          return sqliteClientOf(db).prepare(text).all(...params) as Record<string, unknown>[];
        })();
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" && /^n$|count/.test(k) ? Number(v) : v])));
}

let databases = 0;
let template: Promise<string> | null = null;

function adminUrl(database?: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** One migrated template per set of migrations, built once (under a lock) and copied for every test database. */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const folder = migrationsFolder("postgres");
    const hash = createHash("sha256");
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".sql")).sort()) hash.update(readFileSync(join(folder, name)));
    const name = `pendulum_template_${hash.digest("hex").slice(0, 12)}`;
    await withAdmin(async (admin) => {
      await admin.query("select pg_advisory_lock(4180)");
      try {
        const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [name]);
        if (rowCount) return;
        const building = `${name}_building_${process.pid}`;
        await admin.query(`create database "${building}"`);
        const db = createPgDb(adminUrl(building), { max: 1 });
        try {
          await migrateDb(db);
        } finally {
          await closeDb(db);
        }
        await admin.query(`alter database "${building}" rename to "${name}"`);
      } finally {
        await admin.query("select pg_advisory_unlock(4180)");
      }
    });
    return name;
  })();
  return template;
}

// Creating a database costs far more than emptying one, so a test's database is emptied and reused.
const emptied: string[] = [];

async function takePgDatabase(): Promise<string> {
  const reused = emptied.pop();
  if (reused) return reused;
  const source = await migratedTemplate();
  const name = `${testDatabasePrefix()}${process.pid}_${++databases}`;
  await withAdmin((admin) => admin.query(`create database "${name}" template "${source}"`));
  return adminUrl(name);
}

/** Empties every table (a test may have dropped and re-created the schema: then the database is dropped). */
async function returnPgDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>("select tablename from pg_tables where schemaname = 'public'");
    const { rowCount } = await client.query("select 1 from pg_namespace where nspname = 'drizzle'");
    if (rows.length > 0 && rowCount) {
      await client.query(`truncate ${rows.map((r) => `"${r.tablename}"`).join(", ")} restart identity cascade`);
      emptied.push(url);
      return;
    }
  } finally {
    await client.end();
  }
  const name = new URL(url).pathname.slice(1);
  await withAdmin((admin) => admin.query(`drop database if exists "${name}" with (force)`));
}

/** The run's id (set by tests/helpers/pg-global-setup.ts) keeps concurrent runs on one server apart. */
function testDatabasePrefix(): string {
  return `pendulum_test_${process.env.PENDULUM_TEST_RUN ?? "x"}_`;
}

/** Drops this run's test databases (vitest.pg.config.ts calls it once all files are done). */
export async function dropTestDatabases(): Promise<void> {
  await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where starts_with(datname, $1)", [testDatabasePrefix()]);
    for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  });
}
