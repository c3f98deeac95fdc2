import type { REFLECTION_LISTS } from "./validation/export-file";

/**
 * What a restore preview says about a backup's optional lists (experiments, wellbeing checks,
 * reviews, share replies). Kept apart from lib/backup.ts, which the restore form must not bundle.
 */

export type BackupListKey = (typeof REFLECTION_LISTS)[number]["key"];

/** Counts of the leader's entries in each optional list. */
export type BackupListCounts = Record<BackupListKey, number>;

/** One list a restore replaces: the file holds it, so the leader's own entries make way for the file's. */
export type ListPreview = { key: BackupListKey; inFile: number; current: number };

const LIST_NOUNS: Record<BackupListKey, readonly [one: string, many: string]> = {
  experiments: ["experiment", "experiments"],
  wellbeingChecks: ["wellbeing check", "wellbeing checks"],
  reviews: ["quarterly review", "quarterly reviews"],
  shareReplies: ["reply to a share link", "replies to share links"],
};

const counted = (n: number, key: BackupListKey) => `${n.toLocaleString("en-US")} ${LIST_NOUNS[key][n === 1 ? 0 : 1]}`;

/**
 * What a restore does to the optional lists, one sentence per list the file holds: its list replaces
 * the leader's, even when it is empty. Nothing is said when both are empty.
 */
export function listPreviewText(lists: readonly ListPreview[]): string[] {
  return lists.flatMap(({ key, inFile, current }) => {
    if (current === 0 && inFile === 0) return [];
    if (current === 0) return [`It adds ${counted(inFile, key)} from the file.`];
    if (inFile === 0) return [`It removes your ${counted(current, key)} (the file's list is empty).`];
    return [`It replaces your ${counted(current, key)} with the ${inFile.toLocaleString("en-US")} in the file.`];
  });
}
