import { and, asc, desc, eq, gte, lte } from "drizzle-orm";
import { hoursToMinutes, minutesToHours, type CheckinRecord } from "../../lib/checkin";
import type { Checkin } from "../../lib/validation/checkin";
import type { Db } from "../client";
import { checkins } from "../schema";

type CheckinRow = typeof checkins.$inferSelect;
type CheckinValues = Omit<typeof checkins.$inferInsert, "id" | "createdAt" | "updatedAt">;

export function toCheckinValues(userId: string, c: Checkin, isDemo = false): CheckinValues {
  return {
    userId,
    week: c.week,
    meetingsMinutes: hoursToMinutes(c.hours.meetings),
    executionMinutes: hoursToMinutes(c.hours.execution),
    mentoringMinutes: hoursToMinutes(c.hours.mentoring),
    otherMinutes: hoursToMinutes(c.hours.other),
    lowValueMeetingMinutes: c.lowValueMeetingHours === null ? null : hoursToMinutes(c.lowValueMeetingHours),
    energyMeetings: c.energy.meetings,
    energyExecution: c.energy.execution,
    energyMentoring: c.energy.mentoring,
    skillConfidence: c.skillConfidence,
    politics: c.politics,
    support: c.support,
    teamGrowthJoy: c.teamGrowthJoy,
    satisfaction: c.satisfaction,
    managerOneOnOne: c.managerOneOnOne,
    training: c.training,
    note: c.note,
    isDemo,
  };
}

export function toCheckinRecord(row: CheckinRow): CheckinRecord {
  return {
    week: row.week,
    hours: {
      meetings: minutesToHours(row.meetingsMinutes),
      execution: minutesToHours(row.executionMinutes),
      mentoring: minutesToHours(row.mentoringMinutes),
      other: minutesToHours(row.otherMinutes),
    },
    lowValueMeetingHours: row.lowValueMeetingMinutes === null ? null : minutesToHours(row.lowValueMeetingMinutes),
    energy: { meetings: row.energyMeetings, execution: row.energyExecution, mentoring: row.energyMentoring },
    skillConfidence: row.skillConfidence,
    politics: row.politics,
    support: row.support,
    teamGrowthJoy: row.teamGrowthJoy,
    satisfaction: row.satisfaction,
    managerOneOnOne: row.managerOneOnOne,
    training: row.training,
    note: row.note,
    isDemo: row.isDemo,
  };
}

/** Saves a leader's week; saving the same week again updates it in the same statement. */
export async function saveCheckin(db: Db, userId: string, checkin: Checkin): Promise<CheckinRecord> {
  const { userId: _owner, week: _week, ...changes } = toCheckinValues(userId, checkin);
  const row = db
    .insert(checkins)
    .values(toCheckinValues(userId, checkin))
    .onConflictDoUpdate({
      target: [checkins.userId, checkins.week],
      set: { ...changes, isDemo: false, updatedAt: new Date() },
    })
    .returning()
    .get();
  return toCheckinRecord(row);
}

export async function getCheckin(db: Db, userId: string, week: string): Promise<CheckinRecord | null> {
  const row = db
    .select()
    .from(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.week, week)))
    .get();
  return row ? toCheckinRecord(row) : null;
}

/** The latest check-in before `week`, for "same as last week". */
export async function getPreviousCheckin(db: Db, userId: string, week: string): Promise<CheckinRecord | null> {
  const row = db
    .select()
    .from(checkins)
    .where(and(eq(checkins.userId, userId), lte(checkins.week, week)))
    .orderBy(desc(checkins.week))
    .limit(2)
    .all()
    .find((r) => r.week < week);
  return row ? toCheckinRecord(row) : null;
}

/** A leader's check-ins, oldest first, optionally within an inclusive range of ISO weeks. */
export async function listCheckins(
  db: Db,
  { userId, from, to }: { userId: string; from?: string; to?: string },
): Promise<CheckinRecord[]> {
  const conditions = [eq(checkins.userId, userId)];
  if (from) conditions.push(gte(checkins.week, from));
  if (to) conditions.push(lte(checkins.week, to));
  return db
    .select()
    .from(checkins)
    .where(and(...conditions))
    .orderBy(asc(checkins.week))
    .all()
    .map(toCheckinRecord);
}

/** Deletes one of the leader's weeks; returns whether a row was removed. */
export async function deleteCheckin(db: Db, userId: string, week: string): Promise<boolean> {
  const result = db
    .delete(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.week, week)))
    .run();
  return result.changes > 0;
}
