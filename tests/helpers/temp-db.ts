import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { users } from "@/db/schema";

export type TempDb = { db: Db; file: string; dir: string; reopen: () => Db; cleanup: () => void };

/** A migrated SQLite file in a fresh temp dir; `reopen` opens a second connection to the same file. */
export function createTempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), "pendulum-test-"));
  const file = join(dir, "test.db");
  const db = createDb(file);
  migrateDb(db);
  const opened: Db[] = [db];
  return {
    db,
    file,
    dir,
    reopen: () => {
      const again = createDb(file);
      opened.push(again);
      return again;
    },
    cleanup: () => {
      for (const d of opened) d.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Inserts bare users (id, name = id, email <id>@example.test) so rows can point at them. */
export function addUsers(db: Db, ...ids: string[]): void {
  for (const id of ids) db.insert(users).values({ id, name: id, email: `${id}@example.test` }).run();
}
