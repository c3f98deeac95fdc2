import { and, eq, inArray, isNull, lt, or } from "drizzle-orm";
import { nextAttemptState, type AttemptState, type LockoutConfig } from "../../lib/auth/lockout";
import type { Db } from "../client";
import { loginAttempts } from "../schema";

type LoginAttemptRow = typeof loginAttempts.$inferSelect;

function toAttemptState(row: LoginAttemptRow): AttemptState {
  return { failures: row.failures, lastFailureAt: row.lastFailureAt, lockedUntil: row.lockedUntil };
}

export async function getLoginAttempt(db: Db, key: string): Promise<AttemptState | null> {
  const row = db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
  return row ? toAttemptState(row) : null;
}

/** The stored state of each of `keys` that has one. */
export async function listLoginAttempts(db: Db, keys: readonly string[]): Promise<Map<string, AttemptState>> {
  if (keys.length === 0) return new Map();
  const rows = db.select().from(loginAttempts).where(inArray(loginAttempts.key, [...keys])).all();
  return new Map(rows.map((row) => [row.key, toAttemptState(row)]));
}

/** Counts one failed sign-in against `key` (read and write in one immediate transaction) and returns the new state. */
export async function recordLoginFailure(db: Db, key: string, now: Date, config: LockoutConfig): Promise<AttemptState> {
  return db.transaction(
    (tx) => {
      const row = tx.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
      const next = nextAttemptState(row ? toAttemptState(row) : null, now, config, key);
      tx.insert(loginAttempts)
        .values({ key, ...next })
        .onConflictDoUpdate({ target: loginAttempts.key, set: next })
        .run();
      return next;
    },
    { behavior: "immediate" },
  );
}

export async function clearLoginAttempts(db: Db, key: string): Promise<void> {
  db.delete(loginAttempts).where(eq(loginAttempts.key, key)).run();
}

/** Drops rows with no failure and no lock since `before`; they would be reset on their next failure anyway. */
export async function deleteStaleLoginAttempts(db: Db, before: Date): Promise<number> {
  const result = db
    .delete(loginAttempts)
    .where(
      and(
        lt(loginAttempts.lastFailureAt, before),
        or(isNull(loginAttempts.lockedUntil), lt(loginAttempts.lockedUntil, before)),
      ),
    )
    .run();
  return result.changes;
}
