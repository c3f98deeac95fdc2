import { spawn } from "node:child_process";
import { mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_BACKUP_KEEP, pruneBackups, stamp, type BackupResult } from "./snapshot";

/** Whether a PostgreSQL URL's password may go to pg_dump through PGPASSWORD (never on its command line). */
function pgDumpTarget(url: string): { dbname: string; password: string | undefined } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = "";
  return { dbname: parsed.toString(), password };
}

/**
 * Runs `pg_dump --format=custom` of `url` into `dir` (restore with pg_restore), then keeps the newest
 * `keep` dumps. The password goes to pg_dump in its environment, so it never shows in a process list.
 */
export async function backupPostgres(url: string, dir: string, { keep = DEFAULT_BACKUP_KEEP, now = new Date(), pgDump = "pg_dump" }: { keep?: number; now?: Date; pgDump?: string } = {}): Promise<BackupResult> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `pendulum-${stamp(now)}.pgdump`);
  const partial = `${file}.partial`;
  const { dbname, password } = pgDumpTarget(url);
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(pgDump, ["--format=custom", "--no-owner", `--file=${partial}`, `--dbname=${dbname}`], {
        env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-2000)));
      child.on("error", (error) => reject(new Error(`Could not run ${pgDump}: ${error.message} (install PostgreSQL's client tools)`)));
      child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`pg_dump failed (exit ${code}): ${stderr.trim()}`))));
    });
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, bytes: statSync(file).size, removed: pruneBackups(dir, keep, "postgres") };
}

