import { eq } from "drizzle-orm";
import type { Db } from "../client";

/** The leader's encrypted calendar address, or null. */
export async function getCalendarFeed(db: Db, userId: string): Promise<string | null> {
  const { calendarFeeds } = db.tables;
  const [row] = await db.select({ urlEncrypted: calendarFeeds.urlEncrypted }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row?.urlEncrypted ?? null;
}

export async function saveCalendarFeed(db: Db, userId: string, urlEncrypted: string): Promise<void> {
  const { calendarFeeds } = db.tables;
  await db
    .insert(calendarFeeds)
    .values({ userId, urlEncrypted })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { urlEncrypted, updatedAt: new Date() } })
    .returning({ userId: calendarFeeds.userId });
}

export async function deleteCalendarFeed(db: Db, userId: string): Promise<boolean> {
  const { calendarFeeds } = db.tables;
  const rows = await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning({ userId: calendarFeeds.userId });
  return rows.length > 0;
}
