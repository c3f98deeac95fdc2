import { and, eq, inArray, isNull, lt, or } from "drizzle-orm";
import { nextAttemptState, type AttemptState, type LockoutConfig } from "../../lib/auth/lockout";
import { transaction, type Db } from "../client";
import type { Tables } from "../tables";

type LoginAttemptRow = Tables["loginAttempts"]["$inferSelect"];

function toAttemptState(row: LoginAttemptRow): AttemptState {
  return { failures: row.failures, lastFailureAt: row.lastFailureAt, lockedUntil: row.lockedUntil };
}

export async function getLoginAttempt(db: Db, key: string): Promise<AttemptState | null> {
  const { loginAttempts } = db.tables;
  const [row] = await db.select().from(loginAttempts).where(eq(loginAttempts.key, key));
  return row ? toAttemptState(row) : null;
}

/** The stored state of each of `keys` that has one. */
export async function listLoginAttempts(db: Db, keys: readonly string[]): Promise<Map<string, AttemptState>> {
  if (keys.length === 0) return new Map();
  const { loginAttempts } = db.tables;
  const rows = await db.select().from(loginAttempts).where(inArray(loginAttempts.key, [...keys]));
  return new Map(rows.map((row) => [row.key, toAttemptState(row)]));
}

/** Counts one failed sign-in against `key` (read and write in one transaction, serialized per key) and returns the new state. */
export async function recordLoginFailure(db: Db, key: string, now: Date, config: LockoutConfig): Promise<AttemptState> {
  return transaction(
    db,
    async (tx) => {
      const { loginAttempts } = tx.tables;
      const [row] = await tx.select().from(loginAttempts).where(eq(loginAttempts.key, key));
      const next = nextAttemptState(row ? toAttemptState(row) : null, now, config, key);
      await tx
        .insert(loginAttempts)
        .values({ key, ...next })
        .onConflictDoUpdate({ target: loginAttempts.key, set: next });
      return next;
    },
    { lockKey: `login-attempt:${key}` },
  );
}

export async function clearLoginAttempts(db: Db, key: string): Promise<void> {
  const { loginAttempts } = db.tables;
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}

/** Drops rows with no failure and no lock since `before`; they would be reset on their next failure anyway. */
export async function deleteStaleLoginAttempts(db: Db, before: Date): Promise<number> {
  const { loginAttempts } = db.tables;
  const deleted = await db
    .delete(loginAttempts)
    .where(
      and(
        lt(loginAttempts.lastFailureAt, before),
        or(isNull(loginAttempts.lockedUntil), lt(loginAttempts.lockedUntil, before)),
      ),
    )
    .returning({ key: loginAttempts.key });
  return deleted.length;
}
