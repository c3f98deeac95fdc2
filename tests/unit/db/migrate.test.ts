import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { closeDb, createDb, type Db } from "@/db/client";
import { migrateDb, migrationsFolder } from "@/db/migrate";
import { getCheckin } from "@/db/queries/checkins";
import { createTempDb, rawRows, TEST_ENGINE, type TempDb } from "@/tests/helpers/temp-db";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const INSTANCES = 4;
const ROUNDS = 5;

/**
 * Starts `count` processes, each an app instance reduced to its start-up migration; `migrate(target)`
 * releases them all at the same moment on that database and resolves with what each answered.
 */
async function startInstances(count: number) {
  const { DATABASE_URL: _url, PENDULUM_DB: _file, ...inherited } = process.env;
  const children = Array.from({ length: count }, () => {
    const child = spawn(TSX, ["tests/helpers/migrate-on-signal.ts"], { cwd: ROOT, env: inherited });
    const answers: string[] = [];
    let onAnswer: (() => void) | null = null;
    let buffered = "";
    child.stdout.on("data", (chunk) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      answers.push(...lines);
      onAnswer?.();
    });
    child.stderr.on("data", (chunk) => {
      answers.push(`stderr: ${chunk}`);
      onAnswer?.();
    });
    const answered = (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => (answers.length >= n ? resolve() : (onAnswer = check));
        check();
      });
    return { child, answers, answered };
  });
  await Promise.all(children.map((c) => c.answered(1)));
  let round = 0;
  return {
    async migrate(target: string): Promise<string[]> {
      round++;
      for (const { child } of children) child.stdin.write(`${target}\n`);
      await Promise.all(children.map((c) => c.answered(round + 1)));
      return children.map((c) => c.answers[round]!);
    },
    stop: () => children.forEach(({ child }) => child.kill()),
  };
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const table = db.engine === "postgres" ? sql`drizzle.__drizzle_migrations` : sql`__drizzle_migrations`;
  return (await rawRows(db, sql`select hash from ${table} order by created_at`)).map((r) => String(r.hash));
}

const expectedHashes = () => readMigrationFiles({ migrationsFolder: migrationsFolder(TEST_ENGINE) }).map((m) => m.hash);

let temp: TempDb | undefined;
let dir: string | undefined;
afterEach(async () => {
  await temp?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
  temp = dir = undefined;
});

describe(`migrations on ${TEST_ENGINE}`, () => {
  it(`are applied once when ${INSTANCES} processes start on a fresh database at the same moment (${ROUNDS} rounds)`, async () => {
    temp = await createTempDb();
    let targets: string[];
    if (temp.engine === "sqlite") {
      targets = Array.from({ length: ROUNDS }, (_, i) => join(temp!.dir, `fresh-${i}.db`));
    } else {
      // One temp PostgreSQL database, emptied before each round (the rounds run one after another).
      targets = Array.from({ length: ROUNDS }, () => temp!.env.DATABASE_URL!);
    }
    const fresh = async () => {
      if (temp!.engine === "postgres") await temp!.db.execute(sql`drop schema if exists public cascade; create schema public; drop schema if exists drizzle cascade`);
    };
    const instances = await startInstances(INSTANCES);
    onTestFinished(instances.stop);
    const rounds: string[][] = [];
    for (const target of targets) {
      await fresh();
      rounds.push(await instances.migrate(target));
      const db = temp.engine === "sqlite" ? createDb(target) : temp.reopen();
      try {
        expect(await appliedMigrations(db)).toEqual(expectedHashes());
        expect(await db.select().from(db.tables.checkins)).toEqual([]);
      } finally {
        if (temp.engine === "sqlite") await closeDb(db);
      }
    }
    expect(rounds).toEqual(Array.from({ length: ROUNDS }, () => Array.from({ length: INSTANCES }, () => "migrated")));
  }, 180_000);
});

describe.runIf(TEST_ENGINE === "sqlite")("an existing SQLite installation", () => {
  it("made by today's release (drizzle's own migrator, the first two migrations) upgrades in place, data kept", async () => {
    dir = mkdtempSync(join(tmpdir(), "pendulum-upgrade-"));
    const released = join(dir, "released-migrations");
    cpSync(migrationsFolder("sqlite"), released, { recursive: true });
    const journal = JSON.parse(readFileSync(join(released, "meta", "_journal.json"), "utf8"));
    journal.entries = journal.entries.filter((e: { tag: string }) => ["0000_init", "0001_share_links"].includes(e.tag));
    writeFileSync(join(released, "meta", "_journal.json"), JSON.stringify(journal));

    const file = join(dir, "pendulum.db");
    const old = new Database(file);
    migrate(drizzle({ client: old }), { migrationsFolder: released });
    old.exec(`insert into users (id, name, email) values ('sam', 'Sam', 'sam@example.test');
      insert into checkins (user_id, week, meetings_minutes, execution_minutes, mentoring_minutes, other_minutes, manager_one_on_one, note)
        values ('sam', '2026-W10', 600, 900, 300, 60, 1, 'kept');`);
    old.close();

    const db = createDb(file);
    try {
      await migrateDb(db);
      await migrateDb(db);
      expect(await appliedMigrations(db)).toEqual(expectedHashes());
      expect(await getCheckin(db, "sam", "2026-W10")).toMatchObject({ hours: { meetings: 10, execution: 15 }, managerOneOnOne: true, note: "kept" });
      expect(await db.select().from(db.tables.rateLimits)).toEqual([]);
    } finally {
      await closeDb(db);
    }
  });

  it("keeps drizzle's bookkeeping: the same rows as drizzle's own migrator writes", async () => {
    dir = mkdtempSync(join(tmpdir(), "pendulum-bookkeeping-"));
    const theirs = new Database(join(dir, "drizzle.db"));
    migrate(drizzle({ client: theirs }), { migrationsFolder: migrationsFolder("sqlite") });
    const rows = (client: Database.Database) => client.prepare("select hash, created_at from __drizzle_migrations order by created_at").all();
    const ours = createDb(join(dir, "ours.db"));
    try {
      await migrateDb(ours);
      const oursRows = await rawRows(ours, sql`select hash, created_at from __drizzle_migrations order by created_at`);
      expect(oursRows).toEqual(rows(theirs));
    } finally {
      theirs.close();
      await closeDb(ours);
    }
  });
});
