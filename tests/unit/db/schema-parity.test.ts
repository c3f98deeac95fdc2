import { getTableName, is, SQL, type Column } from "drizzle-orm";
import { getTableConfig as pgTableConfig, PgDialect, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteSyncDialect, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as sqliteSchema from "@/db/schema";
import * as pgSchema from "@/db/schema-pg";

// What a column holds, whatever the engine calls it; a pair missing here fails the test on purpose.
const KINDS: Record<string, string> = {
  SQLiteText: "text",
  PgText: "text",
  SQLiteInteger: "integer",
  PgInteger: "integer",
  PgBigInt53: "integer",
  SQLiteTimestamp: "instant",
  PgTimestamp: "instant",
  SQLiteBoolean: "boolean",
  PgBoolean: "boolean",
  SQLiteTextJson: "json",
  PgJson: "json",
};

type AnyConfig = ReturnType<typeof sqliteTableConfig> | ReturnType<typeof pgTableConfig>;

function kindOf(column: Column): string {
  const kind = KINDS[column.columnType];
  if (!kind) throw new Error(`No kind for ${column.columnType} (${column.name}); map it in KINDS`);
  return kind;
}

/** SQLite's INTEGER PRIMARY KEY AUTOINCREMENT or a PostgreSQL identity column. */
function isIncrementing(column: Column): boolean {
  const c = column as Column & { autoIncrement?: boolean; generatedIdentity?: unknown };
  return Boolean(c.autoIncrement || c.generatedIdentity);
}

function defaultOf(column: Column, render: (sql: SQL) => string): unknown {
  if (!column.hasDefault) return null;
  if (is(column.default, SQL)) {
    const text = render(column.default);
    // SQLite computes "now" in milliseconds itself; PostgreSQL has now().
    return /unixepoch|now\(\)/.test(text) ? "now" : text;
  }
  if (isIncrementing(column)) return "increment";
  return column.default;
}

/** One table as a plain object both engines can be compared on. */
function describeTable(config: AnyConfig, render: (sql: SQL) => string) {
  const columns = config.columns.map((c) => ({
    name: c.name,
    kind: kindOf(c),
    notNull: c.notNull,
    enumValues: c.enumValues ?? null,
    default: isIncrementing(c) ? "increment" : defaultOf(c, render),
  }));
  const primaryKey = [
    ...config.columns.filter((c) => c.primary).map((c) => [c.name]),
    ...config.primaryKeys.map((pk) => pk.columns.map((c) => c.name)),
  ];
  const uniques = [
    ...config.columns.filter((c) => c.isUnique).map((c) => `${c.uniqueName ?? ""}(${c.name})`),
    ...config.uniqueConstraints.map((u) => `${u.name ?? ""}(${u.columns.map((c) => c.name).join(",")})`),
  ].sort();
  const indexes = config.indexes
    .map((i) => `${i.config.unique ? "unique " : ""}${i.config.name}(${i.config.columns.map((c) => (c as Column).name).join(",")})`)
    .sort();
  const foreignKeys = config.foreignKeys
    .map((fk) => {
      const ref = fk.reference();
      return `${ref.columns.map((c) => c.name).join(",")} → ${getTableName(ref.foreignTable)}(${ref.foreignColumns.map((c) => c.name).join(",")}) on delete ${fk.onDelete ?? "no action"} on update ${fk.onUpdate ?? "no action"}`;
    })
    .sort();
  const checks = config.checks.map((c) => `${c.name}: ${render(c.value)}`).sort();
  return { name: config.name, columns, primaryKey, uniques, indexes, foreignKeys, checks };
}

const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();
const renderSqlite = (sql: SQL) => sqliteDialect.sqlToQuery(sql).sql;
const renderPg = (sql: SQL) => pgDialect.sqlToQuery(sql).sql;

const sqliteTables = Object.entries(sqliteSchema).filter(([, t]) => is(t, SQLiteTable)) as Array<[string, SQLiteTable]>;
const pgTables = Object.entries(pgSchema).filter(([, t]) => is(t, PgTable)) as Array<[string, PgTable]>;

describe("db/schema.ts (SQLite) and db/schema-pg.ts (PostgreSQL)", () => {
  it("export the same tables under the same names", () => {
    expect(pgTables.map(([key, t]) => `${key}=${getTableName(t)}`).sort()).toEqual(
      sqliteTables.map(([key, t]) => `${key}=${getTableName(t)}`).sort(),
    );
    expect(sqliteTables.length).toBeGreaterThanOrEqual(10);
  });

  it.each(sqliteTables.map(([key]) => key))("declare %s alike: columns, keys, uniques, indexes, foreign keys, checks", (key) => {
    const sqlite = describeTable(sqliteTableConfig(sqliteTables.find(([k]) => k === key)![1]), renderSqlite);
    const pgTable = pgTables.find(([k]) => k === key);
    expect(pgTable, `${key} is missing from db/schema-pg.ts`).toBeDefined();
    const pg = describeTable(pgTableConfig(pgTable![1]), renderPg);
    expect(pg).toEqual(sqlite);
    expect(sqlite.primaryKey).toHaveLength(1);
  });
});
