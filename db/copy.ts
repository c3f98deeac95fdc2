import { createHash } from "node:crypto";
import { asc, count, getTableColumns, getTableName, gt, sql, type Column } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { transaction, type Db } from "./client";
import type { TableName, Tables } from "./tables";

/** Every table with the property of its (single-column) primary key, which pages are read in. */
const PRIMARY_KEYS: Record<TableName, string> = {
  users: "id",
  sessions: "id",
  accounts: "id",
  verifications: "id",
  profiles: "userId",
  checkins: "id",
  loginAttempts: "key",
  shareLinks: "id",
  calendarFeeds: "userId",
  rateLimits: "id",
  requestCounts: "key",
  mailDeliveries: "id",
  reportChoices: "userId",
  experiments: "id",
  experimentAnswers: "id",
  wellbeingChecks: "id",
  reviews: "id",
  shareReplies: "id",
};

/** Every table, parents before children (foreign keys point at users). */
export const COPY_ORDER = [
  "users",
  "sessions",
  "accounts",
  "verifications",
  "profiles",
  "checkins",
  "loginAttempts",
  "shareLinks",
  "calendarFeeds",
  "rateLimits",
  "requestCounts",
  "mailDeliveries",
  "reportChoices",
  "experiments",
  "experimentAnswers",
  "wellbeingChecks",
  "reviews",
  "shareReplies",
] as const satisfies readonly TableName[];

// Tables with an identity column whose sequence must continue after the copied ids.
const IDENTITY_COLUMNS: Partial<Record<TableName, string>> = { checkins: "id", experiments: "id", experimentAnswers: "id", wellbeingChecks: "id", reviews: "id" };
const PAGE_ROWS = 1000;

export type TableCopy = { table: string; sourceRows: number; targetRows: number; sourceChecksum: string; targetChecksum: string };

export class CopyRefused extends Error {}

type Row = Record<string, unknown>;

function primaryKeyOf(name: TableName, table: PgTable): { key: string; column: Column } {
  const key = PRIMARY_KEYS[name];
  return { key, column: getTableColumns(table)[key]! };
}

function tableOf(db: Db, name: TableName): PgTable {
  return (db.tables as Tables)[name] as unknown as PgTable;
}

/** Rows of `name` in primary-key order, a page at a time. */
async function* pages(db: Db, name: TableName): AsyncGenerator<Row[]> {
  const table = tableOf(db, name);
  const { key, column } = primaryKeyOf(name, table);
  let last: unknown = undefined;
  for (;;) {
    const query = db.select().from(table);
    const rows = (await (last === undefined ? query : query.where(gt(column, last))).orderBy(asc(column)).limit(PAGE_ROWS)) as Row[];
    if (rows.length === 0) return;
    yield rows;
    last = rows.at(-1)![key];
    if (rows.length < PAGE_ROWS) return;
  }
}

/** The same text for the same values on either engine: dates as instants, JSON with sorted keys. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Row)[k])]));
  }
  return value;
}

async function checksum(db: Db, name: TableName): Promise<{ rows: number; checksum: string }> {
  const hash = createHash("sha256");
  let rows = 0;
  for await (const page of pages(db, name)) {
    for (const row of page) hash.update(`${JSON.stringify(canonical(row))}\n`);
    rows += page.length;
  }
  return { rows, checksum: hash.digest("hex") };
}

async function rowCount(db: Db, name: TableName): Promise<number> {
  const [row] = await db.select({ n: count() }).from(tableOf(db, name));
  return row?.n ?? 0;
}

/**
 * Copies every table of `source` (SQLite) into `target` (PostgreSQL) in one target transaction, then
 * compares row counts and a SHA-256 of each table's rows on both sides; any difference rolls the
 * copy back. Both must be migrated. A target with rows is refused unless `replace` (which empties it).
 */
export async function copyDatabase(
  source: Db,
  target: Db,
  { replace = false, onTable }: { replace?: boolean; onTable?: (copy: TableCopy) => void } = {},
): Promise<TableCopy[]> {
  if (source.engine !== "sqlite" || target.engine !== "postgres") throw new Error("db:copy copies a SQLite database into PostgreSQL");
  return transaction(
    target,
    async (tx) => {
      const occupied: string[] = [];
      for (const name of COPY_ORDER) {
        const rows = await rowCount(tx, name);
        if (rows > 0) occupied.push(`${getTableName(tableOf(tx, name))} (${rows})`);
      }
      if (occupied.length > 0 && !replace) {
        throw new CopyRefused(`The target database is not empty: ${occupied.join(", ")}. Pass --replace to empty it first.`);
      }
      if (occupied.length > 0) {
        const names = COPY_ORDER.map((name) => `"${getTableName(tableOf(tx, name))}"`).join(", ");
        await tx.execute(sql.raw(`truncate ${names} restart identity cascade`));
      }

      for (const name of COPY_ORDER) {
        const table = tableOf(tx, name);
        for await (const page of pages(source, name)) await tx.insert(table).values(page);
        const identity = IDENTITY_COLUMNS[name];
        if (identity) {
          const tableName = getTableName(table);
          await tx.execute(
            sql`select setval(pg_get_serial_sequence(${tableName}, ${identity}), coalesce((select max(${sql.identifier(identity)}) from ${sql.identifier(tableName)}), 0) + 1, false)`,
          );
        }
      }

      const copies: TableCopy[] = [];
      for (const name of COPY_ORDER) {
        const [from, to] = [await checksum(source, name), await checksum(tx, name)];
        const copy = { table: getTableName(tableOf(tx, name)), sourceRows: from.rows, targetRows: to.rows, sourceChecksum: from.checksum, targetChecksum: to.checksum };
        onTable?.(copy);
        copies.push(copy);
      }
      const different = copies.filter((c) => c.sourceRows !== c.targetRows || c.sourceChecksum !== c.targetChecksum);
      if (different.length > 0) {
        throw new Error(`The copy differs from the source in ${different.map((c) => c.table).join(", ")}; nothing was kept. Was the app still writing to the source?`);
      }
      return copies;
    },
    { lockKey: "db:copy" },
  );
}
