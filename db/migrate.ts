import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "./client";

function migrationsFolder(): string {
  const candidates = [join(process.cwd(), "db", "migrations"), join(import.meta.dirname ?? "", "migrations")];
  const found = candidates.find((dir) => existsSync(join(dir, "meta", "_journal.json")));
  if (!found) throw new Error(`Migrations not found (looked in ${candidates.join(", ")})`);
  return found;
}

/** Applies the committed drizzle-kit migrations; safe to call on every start. */
export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder: migrationsFolder() });
}
