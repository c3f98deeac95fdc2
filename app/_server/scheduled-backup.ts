import type { Logger } from "pino";
import type { Db } from "@/db/client";
import { backupSqlite } from "@/db/snapshot";
import type { BackupSettings } from "@/lib/backup-settings";

const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST_BACKUP_DELAY_MS = 60_000;

/**
 * With BACKUP_DIR set, a SQLite server backs itself up a minute after start and then every 24 hours
 * (keeping BACKUP_KEEP). PostgreSQL is several instances on one database: there, one machine runs
 * `npm run backup` (pg_dump) from cron instead (docs/deploy.md), so the instances do not each dump it.
 */
export function scheduleDailyBackups({ settings, db, logger }: { settings: BackupSettings; db: () => Db; logger: Logger }): void {
  if (!settings) return;
  if (db().engine === "postgres") {
    logger.warn("BACKUP_DIR is for SQLite; on PostgreSQL run `npm run backup` (pg_dump) from one machine's cron (docs/deploy.md)");
    return;
  }
  const run = async () => {
    try {
      const { file, bytes, removed } = await backupSqlite(db(), settings.dir, { keep: settings.keep });
      logger.info({ file, bytes, removed: removed.length }, "backup written");
    } catch (error) {
      logger.error({ err: error }, "backup failed");
    }
  };
  setTimeout(() => {
    void run();
    setInterval(() => void run(), DAY_MS).unref();
  }, FIRST_BACKUP_DELAY_MS).unref();
}
