import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handleHealth } from "@/app/api/health/handle-health";
import { closeDb, createDb, createPgDb, sqliteClientOf, transaction, type Db } from "@/db/client";
import { checkDatabaseHealth } from "@/db/health";
import { createTempDb, type TempDb } from "@/tests/helpers/temp-db";

let temp: TempDb;
beforeEach(async () => {
  temp = await createTempDb();
});
afterEach(() => temp.cleanup());

async function forgetNewestMigration(db: Db) {
  if (db.engine === "postgres") {
    await db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);
  } else {
    sqliteClientOf(db).prepare("delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)").run();
  }
}

describe("GET /api/health", () => {
  it("is 200 with exactly status, database and migrations when the database answers and is migrated", async () => {
    const res = await handleHealth(() => temp.db);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok", database: "ok", migrations: "current" });
  });

  it("is 503 with migrations pending when the database lacks the newest migration", async () => {
    await forgetNewestMigration(temp.db);
    const res = await handleHealth(() => temp.db);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "unavailable", database: "ok", migrations: "pending" });
  });

  it("is 503 with migrations pending on an empty database", async () => {
    const empty = temp.engine === "postgres" ? null : createDb(`${temp.dir}/empty.db`);
    if (!empty) return; // an unmigrated PostgreSQL database is covered by the bookkeeping check above
    try {
      expect(await checkDatabaseHealth(empty)).toEqual({ database: "ok", migrations: "pending" });
    } finally {
      await closeDb(empty);
    }
  });

  it("is 503 and says nothing else when the database cannot be opened or reached", async () => {
    const secret = "postgres://pendulum:hunter2@db.internal:5432/pendulum";
    const res = await handleHealth(() => {
      throw new Error(`could not connect to ${secret}`);
    });
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ status: "unavailable", database: "unreachable", migrations: "unknown" });
    expect(text).not.toContain("hunter2");

    const refused = temp.engine === "postgres" ? createPgDb("postgres://nobody:pw@127.0.0.1:1/none", { max: 1 }) : createDb(`${temp.dir}/closed.db`);
    if (temp.engine === "sqlite") await closeDb(refused);
    try {
      expect(await checkDatabaseHealth(refused)).toEqual({ database: "unreachable", migrations: "unknown" });
    } finally {
      if (temp.engine === "postgres") await closeDb(refused);
    }
  });

  it("answers unreachable within its deadline when the database does not answer", async () => {
    // Hold every connection the handle has: SQLite's one turn, or a one-connection pool's only client.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const busy = temp.engine === "postgres" ? createPgDb(temp.env.DATABASE_URL!, { max: 1 }) : temp.db;
    const holder = transaction(busy, async (tx) => {
      await tx.select().from(tx.tables.users).limit(1);
      await held;
    });
    try {
      const started = Date.now();
      expect(await checkDatabaseHealth(busy, 200)).toEqual({ database: "unreachable", migrations: "unknown" });
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      release();
      await holder;
      if (busy !== temp.db) await closeDb(busy);
    }
  });
});
