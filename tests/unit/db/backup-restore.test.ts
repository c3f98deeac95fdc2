import { execFile } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { closeDb, createDb, createPgDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { listCheckins, saveCheckin } from "@/db/queries/checkins";
import { backupPostgres } from "@/db/pg-dump";
import { backupSqlite, integrityOf, listBackups, pruneBackups } from "@/db/snapshot";
import { runScript } from "@/tests/helpers/cli";
import { makeCheckin } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";
import { TEST_ENGINE } from "@/tests/helpers/temp-db";


const run = promisify(execFile);

const temp = freshDbEachTest(["ada"], async () => {
  for (const week of ["2026-W01", "2026-W02", "2026-W03"]) await saveCheckin(temp.db, "ada", makeCheckin(week, { note: `note of ${week}` }));
});

const weeksOf = async (db: Parameters<typeof listCheckins>[0]) => (await listCheckins(db, { userId: "ada" })).map((c) => `${c.week}:${c.note}`);

// The CLI cases start tsx two or three times: seconds each on a busy machine.
const CLI_TIMEOUT = { timeout: 120_000 };

describe.runIf(TEST_ENGINE === "sqlite")("SQLite backups", () => {
  it("npm run backup makes a consistent copy that npm run db:restore puts into a fresh file the app then starts on", CLI_TIMEOUT, async () => {
    const out = join(temp.dir, "backups");
    const backup = await runScript("backup.ts", ["--out", out, "--keep", "3"], { env: { ...process.env, ...temp.env } });
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backed up SQLite .* to .*pendulum-\d{8}T\d{6}Z\.db/);
    const [name] = listBackups(out);
    expect(name).toBeDefined();

    // Writes after the backup are not in it.
    await saveCheckin(temp.db, "ada", makeCheckin("2026-W04"));
    const fresh = join(temp.dir, "restored", "pendulum.db");
    const restore = await runScript("db-restore.ts", ["--from", join(out, name!), "--to", fresh]);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain("Restored");

    const restored = createDb(fresh);
    try {
      await migrateDb(restored);
      expect(await weeksOf(restored)).toEqual(["2026-W01:note of 2026-W01", "2026-W02:note of 2026-W02", "2026-W03:note of 2026-W03"]);
    } finally {
      await closeDb(restored);
    }
    // A second restore over it is refused without --replace.
    expect((await runScript("db-restore.ts", ["--from", join(out, name!), "--to", fresh])).code).toBe(1);
  });

  it("copies while another connection keeps writing, and the copy passes integrity_check", async () => {
    const writer = temp.reopen();
    let writing = true;
    let written = 0;
    const writes = (async () => {
      for (let week = 10; writing && week < 53; week++) {
        await saveCheckin(writer, "ada", makeCheckin(`2026-W${week}`));
        written++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const { file } = await backupSqlite(temp.db, join(temp.dir, "online"));
    writing = false;
    await writes;
    expect(integrityOf(file)).toBe("ok");
    const copy = createDb(file);
    try {
      const weeks = await weeksOf(copy);
      expect(weeks.length).toBeGreaterThanOrEqual(3);
      expect(weeks.length).toBeLessThanOrEqual(3 + written);
    } finally {
      await closeDb(copy);
    }
  });

  it("keeps only the newest backups, and never touches other files", async () => {
    const dir = join(temp.dir, "kept");
    for (let day = 1; day <= 4; day++) await backupSqlite(temp.db, dir, { keep: 2, now: new Date(`2026-03-0${day}T03:00:00Z`) });
    writeFileSync(join(dir, "notes.txt"), "mine");
    expect(listBackups(dir)).toEqual(["pendulum-20260303T030000Z.db", "pendulum-20260304T030000Z.db"]);
    expect(pruneBackups(dir, 1)).toEqual(["pendulum-20260303T030000Z.db"]);
    expect(readdirSync(dir).sort()).toEqual(["notes.txt", "pendulum-20260304T030000Z.db"]);
  });

  it("refuses to restore a file that is not a sound database", CLI_TIMEOUT, async () => {
    const bad = join(temp.dir, "bad.db");
    writeFileSync(bad, "not a database at all");
    const target = join(temp.dir, "target.db");
    expect((await runScript("db-restore.ts", ["--from", bad, "--to", target])).code).toBe(1);
    expect(existsSync(target)).toBe(false);
  });
});

describe.runIf(TEST_ENGINE === "postgres")("PostgreSQL backups", () => {
  it("pg_dump's custom format, restored with pg_restore into a fresh database, has the data", async () => {
    const { file } = await backupPostgres(temp.env.DATABASE_URL!, join(temp.dir, "pg"), { keep: 2 });
    expect(file).toMatch(/pendulum-\d{8}T\d{6}Z\.pgdump$/);
    const name = `pendulum_restore_${process.pid}_${Date.now()}`;
    const admin = new URL(process.env.TEST_DATABASE_URL!);
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`create database "${name}"`);
    const target = new URL(admin);
    target.pathname = `/${name}`;
    try {
      await run("pg_restore", ["--no-owner", `--dbname=${target.toString()}`, file]);
      const restored = createPgDb(target.toString(), { max: 1 });
      try {
        await migrateDb(restored);
        expect(await weeksOf(restored)).toEqual(["2026-W01:note of 2026-W01", "2026-W02:note of 2026-W02", "2026-W03:note of 2026-W03"]);
      } finally {
        await closeDb(restored);
      }
    } finally {
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    }
  });
});
