import { and, eq, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import {
  DEVICE_KEY_SEPARATOR,
  emailLockKey,
  lockSchedule,
  nextAttemptState,
  thresholdForKey,
  type AttemptState,
  type LockoutConfig,
} from "../../lib/auth/lockout";
import type { Db } from "../client";
import type { Tables } from "../tables";

type LoginAttempts = Tables["loginAttempts"];
type LoginAttemptRow = LoginAttempts["$inferSelect"];

function toAttemptState(row: LoginAttemptRow): AttemptState {
  return { failures: row.failures, lastFailureAt: row.lastFailureAt, lockedUntil: row.lockedUntil };
}

/**
 * A time as a bound parameter in this engine's encoding. PostgreSQL types a parameter that is a
 * CASE branch as text, so it is cast there (SQLite stores the column as an integer either way).
 */
function at(loginAttempts: LoginAttempts, value: Date): SQL {
  const param = sql.param(value, loginAttempts.lastFailureAt);
  return loginAttempts.lastFailureAt.columnType.startsWith("Pg") ? sql`cast(${param} as timestamptz)` : sql`${param}`;
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

/** `locked_until` for a key whose count becomes `count`: the lock schedule as one CASE, longest first. */
function lockFor(loginAttempts: LoginAttempts, count: SQL, schedule: readonly { failures: number; until: Date }[]): SQL {
  if (schedule.length === 0) return sql`NULL`;
  const branches = [...schedule].reverse().map((step) => sql`WHEN ${count} >= ${step.failures} THEN ${at(loginAttempts, step.until)}`);
  return sql`CASE ${sql.join(branches, sql` `)} ELSE NULL END`;
}

export type AttemptClaim = { allowed: true; failures: number; state: AttemptState } | { allowed: false; state: AttemptState | null };

/**
 * Counts a sign-in attempt against `key` before its password is checked, in one statement: refused
 * (nothing written) while the key is locked, else the count goes up and a lock starts as soon as the
 * count reaches the threshold, so parallel attempts beyond it are refused before they are verified.
 * The attempt is settled afterwards: a wrong password leaves it counted, see settleLoginSuccess and
 * releaseLoginAttempt for the rest.
 */
export async function claimLoginAttempt(db: Db, key: string, now: Date, config: LockoutConfig): Promise<AttemptClaim> {
  const { loginAttempts } = db.tables;
  const schedule = lockSchedule(now, config, key);
  const staleBefore = new Date(now.getTime() - config.failureWindowSeconds * 1000);
  const lastActivity = sql`CASE WHEN ${loginAttempts.lockedUntil} > ${loginAttempts.lastFailureAt} THEN ${loginAttempts.lockedUntil} ELSE ${loginAttempts.lastFailureAt} END`;
  const count = sql`CASE WHEN ${lastActivity} < ${at(loginAttempts, staleBefore)} THEN 1 ELSE ${loginAttempts.failures} + 1 END`;
  const first = nextAttemptState(null, now, config, key);
  const [row] = await db
    .insert(loginAttempts)
    .values({ key, ...first })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: { failures: count, lastFailureAt: now, lockedUntil: lockFor(loginAttempts, count, schedule) },
      setWhere: or(isNull(loginAttempts.lockedUntil), lte(loginAttempts.lockedUntil, now)),
    })
    .returning();
  if (row) return { allowed: true, failures: row.failures, state: toAttemptState(row) };
  return { allowed: false, state: await getLoginAttempt(db, key) };
}

/**
 * Takes back attempts claimed on `key`: `count` of them, counted up to and including this one. A
 * lock stays only if what is left still reaches the threshold; an empty row is deleted.
 */
async function takeBack(db: Db, key: string, count: number, config: LockoutConfig): Promise<void> {
  const { loginAttempts } = db.tables;
  const left = sql`CASE WHEN ${loginAttempts.failures} > ${count} THEN ${loginAttempts.failures} - ${count} ELSE 0 END`;
  await db
    .update(loginAttempts)
    .set({
      failures: left,
      lockedUntil: sql`CASE WHEN ${left} >= ${thresholdForKey(key, config)} THEN ${loginAttempts.lockedUntil} ELSE NULL END`,
    })
    .where(eq(loginAttempts.key, key));
  await db.delete(loginAttempts).where(and(eq(loginAttempts.key, key), lte(loginAttempts.failures, 0)));
}

/** A claimed attempt turned out right: the count restarts from the attempts claimed after it. */
export async function settleLoginSuccess(db: Db, key: string, claimedFailures: number, config: LockoutConfig): Promise<void> {
  await takeBack(db, key, claimedFailures, config);
}

/** A claimed attempt was never a wrong password (malformed, refused by another key): it stops counting. */
export async function releaseLoginAttempt(db: Db, key: string, config: LockoutConfig): Promise<void> {
  await takeBack(db, key, 1, config);
}

/** Counts one failed sign-in against `key`, as a claim whose password then turned out wrong. */
export async function recordLoginFailure(db: Db, key: string, now: Date, config: LockoutConfig): Promise<AttemptState | null> {
  return (await claimLoginAttempt(db, key, now, config)).state;
}

export async function clearLoginAttempts(db: Db, key: string): Promise<void> {
  const { loginAttempts } = db.tables;
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}

/** The rows of `email`'s lockout: its own key and those of the browsers that signed in to it. */
export function emailLoginAttemptsWhere(loginAttempts: LoginAttempts, email: string): SQL {
  const key = emailLockKey(email);
  const devicePrefix = `${key}${DEVICE_KEY_SEPARATOR}`;
  return or(eq(loginAttempts.key, key), sql`substr(${loginAttempts.key}, 1, ${devicePrefix.length}) = ${devicePrefix}`)!;
}

export async function clearEmailLoginAttempts(db: Db, email: string): Promise<void> {
  const { loginAttempts } = db.tables;
  await db.delete(loginAttempts).where(emailLoginAttemptsWhere(loginAttempts, email));
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
