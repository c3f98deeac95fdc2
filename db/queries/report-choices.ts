import { eq } from "drizzle-orm";
import type { TalkingPointChoice } from "../../lib/report/talking-points";
import type { Db } from "../client";

/** The talking points the leader last chose on /report; null when they never chose (the suggestions apply). */
export async function getReportChoice(db: Db, userId: string): Promise<TalkingPointChoice | null> {
  const { reportChoices } = db.tables;
  const [row] = await db.select({ choice: reportChoices.choice }).from(reportChoices).where(eq(reportChoices.userId, userId));
  return row?.choice ?? null;
}

/** Saves (replaces) the leader's choice. */
export async function saveReportChoice(db: Db, userId: string, choice: TalkingPointChoice): Promise<TalkingPointChoice> {
  const { reportChoices } = db.tables;
  const [row] = await db
    .insert(reportChoices)
    .values({ userId, choice })
    .onConflictDoUpdate({ target: reportChoices.userId, set: { choice, updatedAt: new Date() } })
    .returning({ choice: reportChoices.choice });
  return row!.choice;
}

/** Back to the suggestions: forgets the leader's choice; true when there was one. */
export async function clearReportChoice(db: Db, userId: string): Promise<boolean> {
  const { reportChoices } = db.tables;
  const removed = await db.delete(reportChoices).where(eq(reportChoices.userId, userId)).returning({ userId: reportChoices.userId });
  return removed.length > 0;
}
