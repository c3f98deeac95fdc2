import { and, asc, count, eq, sql } from "drizzle-orm";
import type { DataSummary } from "../../lib/backup";
import type { BackupListCounts } from "../../lib/backup-preview";
import { CURRENT_EXPORT_VERSION, EXPORT_FORMAT, type ExportFile } from "../../lib/validation/export-file";
import { transaction, type Db } from "../client";
import { inChunks, toCheckinRecord, toCheckinValues } from "./checkins";
import { getProfile, toProfileValues } from "./profiles";
import { listExperiments, listReviews, listWellbeingChecks, replaceReflection } from "./reflection";
import { exportShareReplies, replaceShareReplies } from "./share-replies";


/** The leader's data in the current file format, demo weeks left out; null before onboarding. */
export async function exportUserData(db: Db, userId: string): Promise<ExportFile | null> {
  const profile = await getProfile(db, userId);
  if (!profile) return null;
  const { checkins } = db.tables;
  const { settings, ...profileData } = profile;
  const rows = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.isDemo, false)))
    .orderBy(asc(checkins.week));
  const [experimentList, wellbeingList, reviewList] = [await listExperiments(db, userId), await listWellbeingChecks(db, userId), await listReviews(db, userId)];
  const replyList = await exportShareReplies(db, userId);
  return {
    format: EXPORT_FORMAT,
    version: CURRENT_EXPORT_VERSION,
    profile: profileData,
    settings,
    checkins: rows.map((row) => {
      const { isDemo: _isDemo, ...checkin } = toCheckinRecord(row);
      return checkin;
    }),
    // Optional keys (version 1): written only when the leader has some, so older exports stay as they were.
    ...(experimentList.length > 0 ? { experiments: experimentList } : {}),
    ...(wellbeingList.length > 0 ? { wellbeingChecks: wellbeingList } : {}),
    ...(reviewList.length > 0 ? { reviews: reviewList } : {}),
    ...(replyList.length > 0 ? { shareReplies: replyList } : {}),
  };
}

/**
 * Replaces the leader's profile, settings and every check-in (demo weeks included) with the
 * file's, and the experiments, wellbeing checks, reviews and share replies the file lists (a list it leaves out is
 * kept), all or nothing. The file must already be validated (parseImportFile).
 */
export async function restoreUserData(db: Db, userId: string, file: ExportFile): Promise<{ checkins: number }> {
  const profileValues = { ...toProfileValues(userId, file.profile), settings: file.settings };
  const { userId: _owner, ...profileChanges } = profileValues;
  await transaction(
    db,
    async (tx) => {
      const { checkins, profiles } = tx.tables;
      await tx
        .insert(profiles)
        .values(profileValues)
        .onConflictDoUpdate({ target: profiles.userId, set: { ...profileChanges, updatedAt: new Date() } });
      await tx.delete(checkins).where(eq(checkins.userId, userId));
      for (const chunk of inChunks(file.checkins)) {
        await tx.insert(checkins).values(chunk.map((c) => toCheckinValues(userId, c)));
      }
      await replaceReflection(tx, userId, file);
      if (file.shareReplies) await replaceShareReplies(tx, userId, file.shareReplies, new Date());
    },
    { lockKey: `user-data:${userId}` },
  );
  return { checkins: file.checkins.length };
}

/** What a restore would replace: all check-ins (demo ones counted too) and whether a profile exists. */
export async function getDataSummary(db: Db, userId: string): Promise<DataSummary> {
  const { checkins, profiles } = db.tables;
  const [totals] = await db
    .select({ all: count(), demo: count(sql`case when ${checkins.isDemo} then 1 end`) })
    .from(checkins)
    .where(eq(checkins.userId, userId));
  const [profile] = await db.select({ userId: profiles.userId }).from(profiles).where(eq(profiles.userId, userId));
  return { checkins: totals?.all ?? 0, demoCheckins: totals?.demo ?? 0, hasProfile: profile !== undefined };
}

/** How many entries the leader has in each optional list of a backup (what a restore may replace). */
export async function getListCounts(db: Db, userId: string): Promise<BackupListCounts> {
  const { experiments, wellbeingChecks, reviews, shareReplies } = db.tables;
  const countOf = async (table: typeof experiments | typeof wellbeingChecks | typeof reviews | typeof shareReplies) => {
    const [row] = await db.select({ n: count() }).from(table).where(eq(table.userId, userId));
    return row?.n ?? 0;
  };
  return {
    experiments: await countOf(experiments),
    wellbeingChecks: await countOf(wellbeingChecks),
    reviews: await countOf(reviews),
    shareReplies: await countOf(shareReplies),
  };
}
