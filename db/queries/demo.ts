import { and, count, eq } from "drizzle-orm";
import type { Checkin } from "../../lib/validation/checkin";
import { transaction, type Db } from "../client";
import { inChunks, toCheckinValues } from "./checkins";

/** Adds demo weeks marked is_demo; a week the leader already logged is left as it is. Returns how many were added. */
export async function loadDemoHistory(db: Db, userId: string, demo: readonly Checkin[]): Promise<number> {
  return transaction(db, async (tx) => {
    const { checkins } = tx.tables;
    let added = 0;
    for (const chunk of inChunks(demo)) {
      const inserted = await tx
        .insert(checkins)
        .values(chunk.map((c) => toCheckinValues(userId, c, true)))
        .onConflictDoNothing({ target: [checkins.userId, checkins.week] })
        .returning({ id: checkins.id });
      added += inserted.length;
    }
    return added;
  });
}

/** Deletes the weeks still marked demo (an edited demo week is the leader's own). Returns how many. */
export async function removeDemoHistory(db: Db, userId: string): Promise<number> {
  const { checkins } = db.tables;
  const deleted = await db
    .delete(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.isDemo, true)))
    .returning({ id: checkins.id });
  return deleted.length;
}

export async function countDemo(db: Db, userId: string): Promise<number> {
  const { checkins } = db.tables;
  const [row] = await db
    .select({ n: count() })
    .from(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.isDemo, true)));
  return row?.n ?? 0;
}
