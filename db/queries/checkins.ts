import { and, asc, desc, eq, gte, lt, lte } from "drizzle-orm";
import { hoursToMinutes, minutesToHours, type CheckinRecord } from "../../lib/checkin";
import { pickRatings } from "../../lib/ratings";
import type { Checkin } from "../../lib/validation/checkin";
import type { Db } from "../client";
import type { Tables } from "../tables";

type CheckinRow = Tables["checkins"]["$inferSelect"];
type CheckinValues = Omit<Tables["checkins"]["$inferInsert"], "id" | "createdAt" | "updatedAt">;

// Keeps each INSERT of check-ins well under SQLite's bound-parameter limit (about 20 columns a row).
export const CHECKIN_INSERT_CHUNK = 200;

/** `items` in runs of at most `size`, for multi-row inserts. */
export function inChunks<T>(items: readonly T[], size = CHECKIN_INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

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
    ...pickRatings(c),
    managerOneOnOne: c.managerOneOnOne,
    training: c.training,
    note: c.note,
    calendarShape: c.calendarShape ?? null,
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
    ...pickRatings(row),
    managerOneOnOne: row.managerOneOnOne,
    training: row.training,
    note: row.note,
    // An optional key of the export: only check-ins filled from a calendar carry it.
    ...(row.calendarShape ? { calendarShape: row.calendarShape } : {}),
    isDemo: row.isDemo,
  };
}

/** Saves a leader's week; saving the same week again updates it in the same statement. */
export async function saveCheckin(db: Db, userId: string, checkin: Checkin): Promise<CheckinRecord> {
  const { checkins } = db.tables;
  const { userId: _owner, week: _week, calendarShape, ...rest } = toCheckinValues(userId, checkin);
  // A form saved without a new calendar import keeps the shape saved with the week before.
  const changes = checkin.calendarShape === undefined ? rest : { ...rest, calendarShape };
  const [row] = await db
    .insert(checkins)
    .values(toCheckinValues(userId, checkin))
    .onConflictDoUpdate({
      target: [checkins.userId, checkins.week],
      set: { ...changes, isDemo: false, updatedAt: new Date() },
    })
    .returning();
  return toCheckinRecord(row!);
}

export async function getCheckin(db: Db, userId: string, week: string): Promise<CheckinRecord | null> {
  const { checkins } = db.tables;
  const [row] = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.week, week)));
  return row ? toCheckinRecord(row) : null;
}

/** The latest check-in before `week`, for "same as last week". */
export async function getPreviousCheckin(db: Db, userId: string, week: string): Promise<CheckinRecord | null> {
  const { checkins } = db.tables;
  const [row] = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.userId, userId), lt(checkins.week, week)))
    .orderBy(desc(checkins.week))
    .limit(1);
  return row ? toCheckinRecord(row) : null;
}

/** A leader's check-ins, oldest first, optionally within an inclusive range of ISO weeks. */
export async function listCheckins(
  db: Db,
  { userId, from, to }: { userId: string; from?: string; to?: string },
): Promise<CheckinRecord[]> {
  const { checkins } = db.tables;
  const conditions = [eq(checkins.userId, userId)];
  if (from) conditions.push(gte(checkins.week, from));
  if (to) conditions.push(lte(checkins.week, to));
  const rows = await db
    .select()
    .from(checkins)
    .where(and(...conditions))
    .orderBy(asc(checkins.week));
  return rows.map(toCheckinRecord);
}

/** Deletes one of the leader's weeks; returns whether a row was removed. */
export async function deleteCheckin(db: Db, userId: string, week: string): Promise<boolean> {
  const { checkins } = db.tables;
  const deleted = await db
    .delete(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.week, week)))
    .returning({ id: checkins.id });
  return deleted.length > 0;
}
