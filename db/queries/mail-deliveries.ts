import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, gte, inArray, lt, ne, sql } from "drizzle-orm";
import { addIsoWeeks, isoWeekOfInstant } from "../../lib/iso-week";
import { MAX_DELIVERY_ATTEMPTS, type ReminderKind } from "../../lib/reminders/kinds";
import type { ReminderStore } from "../../lib/reminders/run";
import type { LeaderMailState } from "../../lib/reminders/schedule";
import { reminderSettingsSchema } from "../../lib/validation/calendar";
import type { Db } from "../client";

const PAGE_SIZE = 500;
/** Weeks of history a decision looks at: the week asked about and the nudges before it (zones differ by a day at most). */
const WEEKS_BACK = 5;

function readReminder(settings: unknown) {
  const reminder = (settings as { reminder?: unknown } | null)?.reminder;
  if (reminder === undefined) return undefined;
  const parsed = reminderSettingsSchema.safeParse(reminder);
  return parsed.success ? parsed.data : undefined;
}

type DeliveryKey = { userId: string; kind: ReminderKind; week: string };

/** Leaders with a profile, in id order, a page at a time, with their recent check-in weeks and nudges. */
export async function* listLeaderMailStates(db: Db, now: Date): AsyncGenerator<LeaderMailState[]> {
  const { users, profiles, checkins, mailDeliveries } = db.tables;
  const fromWeek = addIsoWeeks(isoWeekOfInstant(now, "UTC"), -WEEKS_BACK);
  let after: string | null = null;
  for (;;) {
    const rows = await db
      .select({ userId: users.id, email: users.email, joinedAt: users.createdAt, timeZone: profiles.timeZone, settings: profiles.settings })
      .from(users)
      .innerJoin(profiles, eq(profiles.userId, users.id))
      .where(after === null ? undefined : gt(users.id, after))
      .orderBy(asc(users.id))
      .limit(PAGE_SIZE);
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.userId);
    const logged = await db
      .select({ userId: checkins.userId, week: checkins.week })
      .from(checkins)
      .where(and(inArray(checkins.userId, ids), gte(checkins.week, fromWeek)));
    // A nudge that may have left (sent, or claimed and never settled) counts as sent.
    const nudged = await db
      .select({ userId: mailDeliveries.userId, week: mailDeliveries.week })
      .from(mailDeliveries)
      .where(and(inArray(mailDeliveries.userId, ids), eq(mailDeliveries.kind, "missed-week"), ne(mailDeliveries.status, "failed"), gte(mailDeliveries.week, fromWeek)));
    const weeksOf = (list: Array<{ userId: string; week: string }>) => {
      const map = new Map<string, Set<string>>();
      for (const { userId, week } of list) map.set(userId, (map.get(userId) ?? new Set()).add(week));
      return map;
    };
    const [loggedBy, nudgedBy] = [weeksOf(logged), weeksOf(nudged)];
    yield rows.map((r) => ({
      userId: r.userId,
      email: r.email,
      joinedAt: r.joinedAt,
      profileTimeZone: r.timeZone,
      // Settings are JSON written by older versions too: an unreadable reminder falls back to the defaults.
      reminder: readReminder(r.settings),
      loggedWeeks: loggedBy.get(r.userId) ?? new Set(),
      nudgedWeeks: nudgedBy.get(r.userId) ?? new Set(),
    }));
    if (rows.length < PAGE_SIZE) return;
    after = rows.at(-1)!.userId;
  }
}

/**
 * Claims one delivery atomically on either engine: the first run inserts its row; a row the SMTP
 * server refused is taken over by one later run (an UPDATE guarded by its status) until
 * MAX_DELIVERY_ATTEMPTS. A row that is "sending" is never taken: another run has it, or died with
 * the mail possibly sent, and a second copy is worse than a missing one.
 */
export async function claimDelivery(db: Db, key: DeliveryKey): ReturnType<ReminderStore["claim"]> {
  const { mailDeliveries: t } = db.tables;
  const [inserted] = await db
    .insert(t)
    .values({ id: randomUUID(), ...key, status: "sending", attempts: 1 })
    .onConflictDoNothing({ target: [t.userId, t.kind, t.week] })
    .returning({ id: t.id });
  if (inserted) return { id: inserted.id };
  const same = and(eq(t.userId, key.userId), eq(t.kind, key.kind), eq(t.week, key.week));
  const [retried] = await db
    .update(t)
    .set({ status: "sending", attempts: sql`${t.attempts} + 1`, updatedAt: new Date() })
    .where(and(same, eq(t.status, "failed"), lt(t.attempts, MAX_DELIVERY_ATTEMPTS)))
    .returning({ id: t.id });
  if (retried) return { id: retried.id };
  const [row] = await db.select({ status: t.status }).from(t).where(same);
  if (row?.status === "sent") return { refused: "already-sent" };
  if (row?.status === "sending") return { refused: "sending-elsewhere" };
  return { refused: "gave-up" };
}

export async function settleDelivery(db: Db, id: string, outcome: "sent" | "failed", at: Date): Promise<void> {
  const { mailDeliveries: t } = db.tables;
  await db
    .update(t)
    .set({ status: outcome, sentAt: outcome === "sent" ? at : null, updatedAt: new Date() })
    .where(and(eq(t.id, id), eq(t.status, "sending")))
    .returning({ id: t.id });
}

export type DeliveryRecord = DeliveryKey & { status: string; attempts: number; sentAt: Date | null };

export async function listDeliveries(db: Db, userId: string): Promise<DeliveryRecord[]> {
  const { mailDeliveries: t } = db.tables;
  return db
    .select({ userId: t.userId, kind: t.kind, week: t.week, status: t.status, attempts: t.attempts, sentAt: t.sentAt })
    .from(t)
    .where(eq(t.userId, userId))
    .orderBy(asc(t.week), asc(t.kind));
}

/** The store runReminders uses, on this database. */
export function reminderStore(db: Db): ReminderStore {
  return {
    leaders: (now) => listLeaderMailStates(db, now),
    claim: (key) => claimDelivery(db, key),
    settle: (id, outcome, at) => settleDelivery(db, id, outcome, at),
  };
}
