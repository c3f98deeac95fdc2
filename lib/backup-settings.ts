/** BACKUP_DIR and BACKUP_KEEP: where the server (and npm run backup) keep backups, and how many. */

export type BackupSettings = { dir: string; keep: number } | null;

export const DEFAULT_KEEP = 7;
export const MAX_KEEP = 1000;

/** The number of backups to keep from `raw` (BACKUP_KEEP or --keep); throws, naming `name`, on anything but 1…1000. */
export function parseKeep(raw: string | undefined, name = "BACKUP_KEEP"): number {
  const value = raw?.trim();
  if (!value) return DEFAULT_KEEP;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_KEEP) throw new Error(`${name} must be a whole number from 1 to ${MAX_KEEP} (got "${raw}")`);
  return Number(value);
}

/** The daily backup the server runs: on when BACKUP_DIR is set. */
export function backupSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): BackupSettings {
  const dir = env.BACKUP_DIR?.trim();
  const keep = parseKeep(env.BACKUP_KEEP);
  return dir ? { dir, keep } : null;
}
