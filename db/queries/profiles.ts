import { eq } from "drizzle-orm";
import { settingsFromStored, type Profile, type Settings } from "../../lib/validation/profile";
import type { Db } from "../client";
import type { Tables } from "../tables";

type ProfileRow = Tables["profiles"]["$inferSelect"];

export type ProfileRecord = Profile & { settings: Settings };

export function toProfileValues(userId: string, p: Profile) {
  return {
    userId,
    displayName: p.displayName,
    previousRole: p.previousRole,
    leadingSince: p.leadingSince,
    teamSize: p.teamSize,
    timeZone: p.timeZone,
    meetingsMaxPct: p.targets.meetingsMaxPct,
    executionMinPct: p.targets.executionMinPct,
    mentoringMinPct: p.targets.mentoringMinPct,
  };
}

function toProfileRecord(row: ProfileRow): ProfileRecord {
  return {
    displayName: row.displayName,
    previousRole: row.previousRole,
    leadingSince: row.leadingSince,
    teamSize: row.teamSize,
    timeZone: row.timeZone,
    targets: {
      meetingsMaxPct: row.meetingsMaxPct,
      executionMinPct: row.executionMinPct,
      mentoringMinPct: row.mentoringMinPct,
    },
    settings: settingsFromStored(row.settings),
  };
}

/** The leader's profile, or null before onboarding. */
export async function getProfile(db: Db, userId: string): Promise<ProfileRecord | null> {
  const { profiles } = db.tables;
  const [row] = await db.select().from(profiles).where(eq(profiles.userId, userId));
  return row ? toProfileRecord(row) : null;
}

export async function saveProfile(db: Db, userId: string, profile: Profile): Promise<ProfileRecord> {
  const { profiles } = db.tables;
  const values = toProfileValues(userId, profile);
  const { userId: _owner, ...changes } = values;
  const [row] = await db
    .insert(profiles)
    .values(values)
    .onConflictDoUpdate({ target: profiles.userId, set: { ...changes, updatedAt: new Date() } })
    .returning();
  return toProfileRecord(row!);
}

/** Replaces the leader's settings; false when there is no profile to hold them. */
export async function saveSettings(db: Db, userId: string, settings: Settings): Promise<boolean> {
  const { profiles } = db.tables;
  const updated = await db
    .update(profiles)
    .set({ settings, updatedAt: new Date() })
    .where(eq(profiles.userId, userId))
    .returning({ userId: profiles.userId });
  return updated.length > 0;
}
