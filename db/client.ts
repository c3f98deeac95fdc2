import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg, type NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import type { PgDatabase } from "drizzle-orm/pg-core";
import { drizzle as drizzleSqlite } from "drizzle-orm/sqlite-proxy";
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { dirname, resolve } from "node:path";
import pg from "pg";
import * as sqliteSchema from "./schema";
import * as pgSchema from "./schema-pg";
import type { Tables } from "./tables";

export type Engine = "sqlite" | "postgres";

/**
 * A database handle for the query functions, the same type on both engines: Drizzle's PostgreSQL
 * builders (no better-sqlite3 `.get()/.all()/.run()`, so SQLite-only habits do not compile) plus the
 * engine's own tables. Await every builder; count rows with `.returning()`.
 */
export type Db = PgDatabase<NodePgQueryResultHKT, Tables> & { readonly engine: Engine; readonly tables: Tables };

export type DatabaseConfig = { engine: "sqlite"; file: string } | { engine: "postgres"; url: string };

export const BUSY_TIMEOUT_MS = 5000;
const STATEMENT_CACHE_SIZE = 500;

/**
 * One SQLite file, one turn at a time within this process: a transaction holds the turn from BEGIN
 * to COMMIT, and every other query on any of the process's connections to that file waits (FIFO), so
 * no request's statement lands inside another request's transaction, and no connection blocks the
 * event loop in SQLite's busy wait on a lock that an awaiting transaction of this process holds.
 * Free, a query runs at once.
 */
class Turnstile {
  users = 0;
  /** Set while a transaction body of this file runs, for the async context of that body. */
  readonly inBody = new AsyncLocalStorage<true>();
  private held = false;
  private readonly waiting: Array<() => void> = [];

  get isHeld(): boolean {
    return this.held;
  }

  acquire(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = false;
  }
}

type ProxyMethod = "run" | "all" | "values" | "get";
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- sqlite-proxy's own callback type
type ProxyResult = { rows: any[]; rowCount?: number };

// Process-wide, not per module: Next.js may load this module more than once (instrumentation and
// the app are separate bundles), and every copy must share the connections' state.
const globalState = globalThis as unknown as { [key: symbol]: Map<string, Turnstile> | undefined };
const TURNSTILES = Symbol.for("pendulum.db.turnstiles");
const CONNECTION = Symbol.for("pendulum.db.connection");
const turnstiles = (globalState[TURNSTILES] ??= new Map<string, Turnstile>());

function turnstileFor(key: string): Turnstile {
  let turnstile = turnstiles.get(key);
  if (!turnstile) {
    turnstile = new Turnstile();
    turnstiles.set(key, turnstile);
  }
  turnstile.users++;
  return turnstile;
}

class SqliteConnection {
  readonly db: Db;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly client: Database.Database,
    readonly turnstile: Turnstile,
    private readonly turnstileKey: string,
  ) {
    this.db = withEngine(
      drizzleSqlite((text, params, method) => this.query(text, params, method), { schema: sqliteSchema }),
      "sqlite",
      sqliteSchema,
    );
  }

  private async query(text: string, params: unknown[], method: ProxyMethod): Promise<ProxyResult> {
    if (!this.turnstile.isHeld) return this.execute(text, params, method);
    if (this.turnstile.inBody.getStore()) {
      throw new Error("A query used the database handle inside transaction(db, …); use the handle the body receives.");
    }
    await this.turnstile.acquire();
    try {
      return this.execute(text, params, method);
    } finally {
      this.turnstile.release();
    }
  }

  close(): void {
    this.client.close();
    if (--this.turnstile.users === 0) turnstiles.delete(this.turnstileKey);
  }

  execute(text: string, params: unknown[], method: ProxyMethod): ProxyResult {
    const statement = this.prepare(text);
    if (method === "run" || !statement.reader) return { rows: [], rowCount: statement.run(...params).changes };
    statement.raw(true);
    return { rows: (method === "get" ? statement.get(...params) : statement.all(...params)) as unknown[] };
  }

  private prepare(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (statement) {
      this.statements.delete(text);
    } else {
      statement = this.client.prepare(text);
      if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.delete(this.statements.keys().next().value!);
    }
    this.statements.set(text, statement);
    return statement;
  }

  /** A handle that runs its queries inside the open transaction, refusing once `isOpen()` turns false. */
  private transactionHandle(isOpen: () => boolean): Db {
    const tx = withEngine(
      drizzleSqlite(async (text, params, method) => {
        if (!isOpen()) throw new Error("This transaction has already finished; its handle cannot run queries.");
        return this.execute(text, params, method);
      }),
      "sqlite",
      sqliteSchema,
    );
    attach(tx, { engine: "sqlite", sqlite: this, inTransaction: true });
    return tx;
  }

  async transaction<T>(body: (tx: Db) => Promise<T>): Promise<T> {
    if (this.turnstile.inBody.getStore()) {
      throw new Error("transaction(db, …) inside another transaction's body; pass the body's handle to nest.");
    }
    await this.turnstile.acquire();
    let open = true;
    try {
      const tx = this.transactionHandle(() => open);
      this.client.exec("BEGIN IMMEDIATE");
      let result: T;
      try {
        result = await this.turnstile.inBody.run(true, () => body(tx));
      } catch (error) {
        if (this.client.inTransaction) this.client.exec("ROLLBACK");
        throw error;
      }
      this.client.exec("COMMIT");
      return result;
    } finally {
      open = false;
      this.turnstile.release();
    }
  }

  async savepoint<T>(tx: Db, body: (tx: Db) => Promise<T>): Promise<T> {
    const name = `sp${++savepoints}`;
    this.client.exec(`SAVEPOINT ${name}`);
    try {
      const result = await body(tx);
      this.client.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      this.client.exec(`ROLLBACK TO ${name}`);
      this.client.exec(`RELEASE ${name}`);
      throw error;
    }
  }
}

type Connection = { engine: "sqlite"; sqlite: SqliteConnection; inTransaction?: true } | { engine: "postgres"; pool: pg.Pool };

let savepoints = 0;

function attach(db: Db, connection: Connection): void {
  Object.defineProperty(db, CONNECTION, { value: connection, enumerable: false });
}

function withEngine(orm: object, engine: Engine, tables: object): Db {
  return Object.assign(orm, { engine, tables }) as unknown as Db;
}

function connectionOf(db: Db): Connection {
  const connection = (db as unknown as Record<symbol, Connection | undefined>)[CONNECTION];
  if (!connection || ("inTransaction" in connection && connection.inTransaction)) throw new Error("Not a database handle from createDb/createPgDb (a transaction's handle cannot be closed or migrated).");
  return connection;
}

/**
 * `journal_mode = WAL` on a file that other processes are opening at the same moment can answer
 * SQLITE_BUSY at once, without going through the busy timeout (the switch needs the file alone).
 * This runs only while a connection opens, so it retries with short synchronous pauses, up to the
 * busy timeout, like the busy handler would have.
 */
function switchToWal(client: Database.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 1; ; attempt++) {
    try {
      client.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      const busy = error instanceof Database.SqliteError && error.code.startsWith("SQLITE_BUSY");
      if (!busy || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, Math.min(5 * attempt, 50));
    }
  }
}

/** Opens (and creates) one SQLite file with WAL, foreign keys and a busy timeout. */
export function createDb(file: string): Db {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const client = new Database(file);
  const turnstileKey = file === ":memory:" ? `:memory:${randomUUID()}` : resolve(file);
  // First, so that a second process opening a fresh file waits instead of failing on the WAL switch.
  client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  switchToWal(client);
  client.pragma("foreign_keys = ON");
  client.pragma("synchronous = NORMAL");
  const sqlite = new SqliteConnection(client, turnstileFor(turnstileKey), turnstileKey);
  attach(sqlite.db, { engine: "sqlite", sqlite });
  return sqlite.db;
}

/** A pool of node-postgres connections to `url` (postgres://user:password@host:port/database). */
export function createPgDb(url: string, { max = 10 }: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server must not take the process down; the next query reconnects.
  pool.on("error", (error) => console.error(`PostgreSQL connection error: ${error.message}`));
  const db = withEngine(drizzlePg({ client: pool, schema: pgSchema }), "postgres", pgSchema);
  attach(db, { engine: "postgres", pool });
  return db;
}

export function openDb(config: DatabaseConfig): Db {
  return config.engine === "postgres" ? createPgDb(config.url) : createDb(config.file);
}

/** DATABASE_URL (PostgreSQL) when set, else the SQLite file PENDULUM_DB or `defaultFile`. */
export function databaseConfigFromEnv(env: Readonly<Record<string, string | undefined>>, defaultFile: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("DATABASE_URL must be a postgres:// or postgresql:// URL (unset it to use SQLite).");
    return { engine: "postgres", url };
  }
  return { engine: "sqlite", file: env.PENDULUM_DB || defaultFile };
}

/** The URL without its password, for messages. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.engine === "sqlite") return `SQLite ${config.file}`;
  const url = new URL(config.url);
  if (url.password) url.password = "***";
  return `PostgreSQL ${url.toString()}`;
}

export async function closeDb(db: Db): Promise<void> {
  const connection = connectionOf(db);
  if (connection.engine === "sqlite") connection.sqlite.close();
  else await connection.pool.end();
}

/** The better-sqlite3 connection behind a SQLite handle (db/ internals, the bench and db:copy). */
export function sqliteClientOf(db: Db): Database.Database {
  const connection = connectionOf(db);
  if (connection.engine !== "sqlite") throw new Error("Not a SQLite handle");
  return connection.sqlite.client;
}

/** The node-postgres pool behind a PostgreSQL handle. */
export function pgPoolOf(db: Db): pg.Pool {
  const connection = connectionOf(db);
  if (connection.engine !== "postgres") throw new Error("Not a PostgreSQL handle");
  return connection.pool;
}

/**
 * Runs the SQLite `work` while no transaction holds the connection (migrations, backups):
 * it has the connection to itself until it returns.
 */
export async function withSqliteConnection<T>(db: Db, work: (client: Database.Database) => T): Promise<T> {
  const connection = connectionOf(db);
  if (connection.engine !== "sqlite") throw new Error("Not a SQLite handle");
  const { turnstile, client } = connection.sqlite;
  await turnstile.acquire();
  try {
    return work(client);
  } finally {
    turnstile.release();
  }
}

export type TransactionOptions = {
  /**
   * Transactions naming the same key run one after another. PostgreSQL takes an advisory lock on it
   * for the transaction; SQLite needs none, its transactions (BEGIN IMMEDIATE) never overlap.
   */
  lockKey?: string;
};

/**
 * Runs `body` as one transaction: committed when it resolves, rolled back when it throws. On SQLite
 * the connection is held for the whole body, so other requests' queries wait rather than join it
 * (see docs/decisions.md); keep bodies to database work. Inside, use only the handle `body` receives.
 */
export async function transaction<T>(db: Db, body: (tx: Db) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  if (db.engine === "postgres") {
    return db.transaction(async (pgTx) => {
      if (options.lockKey) await pgTx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${options.lockKey}, 0))`);
      return body(withEngine(pgTx, "postgres", pgSchema));
    });
  }
  const connection = (db as unknown as Record<symbol, Connection | undefined>)[CONNECTION];
  if (!connection || connection.engine !== "sqlite") throw new Error("Not a database handle from createDb/createPgDb");
  return connection.inTransaction ? connection.sqlite.savepoint(db, body) : connection.sqlite.transaction(body);
}
