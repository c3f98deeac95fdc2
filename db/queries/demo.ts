import { and, count, eq } from "drizzle-orm";
import type { Checkin } from "../../lib/validation/checkin";
import type { Db } from "../client";
import { checkins } from "../schema";
import { toCheckinValues } from "./checkins";

const INSERT_CHUNK = 200;

/** Adds demo weeks marked is_demo; a week the leader already logged is left as it is. Returns how many were added. */
export async function loadDemoHistory(db: Db, userId: string, demo: readonly Checkin[]): Promise<number> {
  return db.transaction((tx) => {
    let added = 0;
    for (let i = 0; i < demo.length; i += INSERT_CHUNK) {
      const result = tx
        .insert(checkins)
        .values(demo.slice(i, i + INSERT_CHUNK).map((c) => toCheckinValues(userId, c, true)))
        .onConflictDoNothing({ target: [checkins.userId, checkins.week] })
        .run();
      added += result.changes;
    }
    return added;
  });
}

/** Deletes the weeks still marked demo (an edited demo week is the leader's own). Returns how many. */
export async function removeDemoHistory(db: Db, userId: string): Promise<number> {
  return db
    .delete(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.isDemo, true)))
    .run().changes;
}

export async function countDemo(db: Db, userId: string): Promise<number> {
  const row = db
    .select({ n: count() })
    .from(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.isDemo, true)))
    .get();
  return row?.n ?? 0;
}
