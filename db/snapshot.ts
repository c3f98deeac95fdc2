import Database from "better-sqlite3";
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { sqliteClientOf, type Db } from "./client";

/**
 * Backups of the whole database: SQLite through the driver's online backup API (a consistent copy
 * while the app keeps running), PostgreSQL through pg_dump (db/pg-dump.ts, kept out of the app's
 * bundle: only `npm run backup` runs it); kept `keep` at a time in one directory.
 * Restoring a SQLite backup: restoreSqliteBackup (npm run db:restore). docs/deploy.md, "Backups".
 */

export const DEFAULT_BACKUP_KEEP = 7;
const SQLITE_NAME = /^pendulum-\d{8}T\d{6}Z\.db$/;
const PG_NAME = /^pendulum-\d{8}T\d{6}Z\.pgdump$/;

export type BackupResult = { file: string; bytes: number; removed: string[] };

export function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}

/** The backups in `dir` of one kind, oldest first (their names sort by time). */
export function listBackups(dir: string, kind: "sqlite" | "postgres" = "sqlite"): string[] {
  if (!existsSync(dir)) return [];
  const pattern = kind === "sqlite" ? SQLITE_NAME : PG_NAME;
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort();
}

/** Deletes all but the newest `keep` backups of that kind (never any other file); returns what it removed. */
export function pruneBackups(dir: string, keep: number, kind: "sqlite" | "postgres" = "sqlite"): string[] {
  const all = listBackups(dir, kind);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const name of removed) for (const suffix of ["", "-wal", "-shm"]) rmSync(join(dir, name + suffix), { force: true });
  return removed;
}

/** SQLite's own check of a database file; "ok" or the first problems it found (or why it could not be opened). */
export function integrityOf(file: string): string {
  let client: Database.Database | undefined;
  try {
    client = new Database(file, { fileMustExist: true });
    const rows = client.pragma("integrity_check") as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).join("; ");
  } catch (error) {
    return (error as Error).message;
  } finally {
    client?.close();
  }
}

/** Makes a copied database one self-contained file (rollback journal, not WAL), then checks it. */
function sealCopy(file: string): void {
  const client = new Database(file, { fileMustExist: true });
  try {
    client.pragma("journal_mode = DELETE");
  } finally {
    client.close();
  }
  const integrity = integrityOf(file);
  if (integrity !== "ok") throw new Error(`The backup failed SQLite's integrity check: ${integrity}`);
}

/**
 * Copies the open SQLite database `db` into `dir` as pendulum-<UTC time>.db with better-sqlite3's
 * backup API (page by page, between the app's own queries), checks the copy's integrity, and then
 * keeps only the newest `keep` backups. The copy is written under a temporary name and renamed, so a
 * backup that stops halfway never looks finished.
 */
export async function backupSqlite(db: Db, dir: string, { keep = DEFAULT_BACKUP_KEEP, now = new Date() }: { keep?: number; now?: Date } = {}): Promise<BackupResult> {
  if (!Number.isInteger(keep) || keep < 1) throw new Error("keep must be a whole number of at least 1");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `pendulum-${stamp(now)}.db`);
  const partial = `${file}.partial`;
  try {
    await sqliteClientOf(db).backup(partial);
    sealCopy(partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, bytes: statSync(file).size, removed: pruneBackups(dir, keep) };
}

export class RestoreRefused extends Error {}

/**
 * Puts a SQLite backup in place as the database file `target` (the app stopped): checks the backup's
 * integrity, refuses an existing target unless `replace`, copies it under a temporary name, removes
 * the old file's -wal and -shm (they belong to the old database), and renames it into place.
 */
export function restoreSqliteBackup(backup: string, target: string, { replace = false }: { replace?: boolean } = {}): void {
  if (!existsSync(backup)) throw new RestoreRefused(`No backup at ${backup}`);
  const integrity = integrityOf(backup);
  if (integrity !== "ok") throw new RestoreRefused(`${backup} failed SQLite's integrity check: ${integrity}`);
  if (existsSync(target) && !replace) throw new RestoreRefused(`${target} exists; stop the app and pass --replace to overwrite it`);
  const partial = `${target}.restoring`;
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(backup, partial);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  renameSync(partial, target);
}
