import { and, eq, lt, sql } from "drizzle-orm";
import type { WindowCounter } from "../../lib/rate-limiter";
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

/** Deletes the counters of `scope` whose windows started before `windowStart`. */
export async function deleteRequestCountsBefore(db: Db, scope: string, windowStart: Date): Promise<number> {
  const { requestCounts } = db.tables;
  const prefix = `${scope}:`;
  const deleted = await db
    .delete(requestCounts)
    .where(and(sql`substr(${requestCounts.key}, 1, ${prefix.length}) = ${prefix}`, lt(requestCounts.windowStart, windowStart)))
    .returning({ key: requestCounts.key });
  return deleted.length;
}

/**
 * The database as a limiter's counter, keys stored as "<scope>:<key>". The first hit of a new window
 * in a scope clears that scope's older windows (once per window and process), so rows stay bounded
 * by the keys of the current window.
 */
export function requestCounter(db: Db): WindowCounter {
  const swept = new Map<string, number>();
  return {
    async hit(scope, key, windowStart) {
      const count = await countRequest(db, `${scope}:${key}`, windowStart);
      if (count === 1 && swept.get(scope) !== windowStart.getTime()) {
        swept.set(scope, windowStart.getTime());
        await deleteRequestCountsBefore(db, scope, windowStart);
      }
      return count;
    },
  };
}
