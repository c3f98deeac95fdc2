import { eq, lt, sql } from "drizzle-orm";
import type { WindowCounter } from "../../lib/report/stored-lookup-limit";
import type { Db } from "../client";

/**
 * Counts one request against `key` in the window starting at `windowStart` and returns the count so
 * far, in one statement (concurrent requests on any instance each get their own number). A row left
 * from an earlier window starts again at 1.
 */
export async function countRequest(db: Db, key: string, windowStart: Date): Promise<number> {
  const { requestCounts } = db.tables;
  const [row] = await db
    .insert(requestCounts)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: requestCounts.key,
      set: { count: sql`case when ${eq(requestCounts.windowStart, windowStart)} then ${requestCounts.count} + 1 else 1 end`, windowStart },
    })
    .returning({ count: requestCounts.count });
  return row!.count;
}

/** Deletes the counters of windows that started before `windowStart`. */
export async function deleteRequestCountsBefore(db: Db, windowStart: Date): Promise<number> {
  const { requestCounts } = db.tables;
  const deleted = await db.delete(requestCounts).where(lt(requestCounts.windowStart, windowStart)).returning({ key: requestCounts.key });
  return deleted.length;
}

/** The database as a limiter's counter; the first hit of a window on a key clears the older windows' rows. */
export function requestCounter(db: Db): WindowCounter {
  return {
    async hit(key, windowStart) {
      const count = await countRequest(db, key, windowStart);
      if (count === 1 && key.endsWith(":*")) await deleteRequestCountsBefore(db, windowStart);
      return count;
    },
  };
}
