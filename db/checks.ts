import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { PREVIOUS_ROLES } from "../lib/enums";
import { EXPERIMENT_MAX_WEEKS, EXPERIMENT_MIN_WEEKS } from "../lib/experiments/kinds";
import { REVIEW_MAX_MILESTONE } from "../lib/review/kinds";
import { BURNOUT_MAX, BURNOUT_MIN } from "../lib/wellbeing/instruments";
import { MAX_HOURS_PER_ACTIVITY, PERCENT_MAX, RATING_MAX, RATING_MIN, SHARE_REPLY_MAX_LENGTH, TEAM_SIZE_MAX } from "../lib/limits";

// CHECK constraints built from the constants the zod schemas use, for db/schema.ts and
// db/schema-pg.ts alike: change a limit in lib/ and `npm run db:generate` writes the migration.
// Values are inlined (sql.raw): a constraint cannot take bound parameters. NULL passes a CHECK,
// so optional columns need no "is null or".

const number = (value: number) => {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not an integer bound: ${value}`);
  return sql.raw(String(value));
};

const quoted = (value: string) => {
  if (!/^[a-z0-9_-]+$/i.test(value)) throw new RangeError(`Not a plain enum value: ${value}`);
  return `'${value}'`;
};

function allOf(parts: readonly SQL[]): SQL {
  return sql.join(parts as SQL[], sql` and `);
}

function between(column: SQLWrapper, min: number, max: number): SQL {
  return sql`${column} between ${number(min)} and ${number(max)}`;
}

export const MAX_MINUTES_PER_ACTIVITY = MAX_HOURS_PER_ACTIVITY * 60;

export function previousRoleCheck(column: SQLWrapper): SQL {
  return sql`${column} in (${sql.raw(PREVIOUS_ROLES.map(quoted).join(","))})`;
}

export function minutesCheck(columns: readonly SQLWrapper[]): SQL {
  return allOf(columns.map((column) => between(column, 0, MAX_MINUTES_PER_ACTIVITY)));
}

export function ratingsCheck(columns: readonly SQLWrapper[]): SQL {
  return allOf(columns.map((column) => between(column, RATING_MIN, RATING_MAX)));
}

export function percentsCheck(columns: readonly SQLWrapper[]): SQL {
  return allOf(columns.map((column) => between(column, 0, PERCENT_MAX)));
}

export function teamSizeCheck(column: SQLWrapper): SQL {
  return between(column, 0, TEAM_SIZE_MAX);
}

/** Low-value meeting time is part of the meeting time. */
export function lowValueMinutesCheck(lowValue: SQLWrapper, meetings: SQLWrapper): SQL {
  return sql`${lowValue} between 0 and ${meetings}`;
}

/** One of our own `as const` values (never input). */
export function oneOfCheck(column: SQLWrapper, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map(quoted).join(","))})`;
}

/** Issue 15: an experiment runs 2–6 weeks. */
export function experimentWeeksCheck(column: SQLWrapper): SQL {
  return between(column, EXPERIMENT_MIN_WEEKS, EXPERIMENT_MAX_WEEKS);
}

/** The single-item burnout answer, 1–5. */
export function burnoutCheck(column: SQLWrapper): SQL {
  return between(column, BURNOUT_MIN, BURNOUT_MAX);
}

/** A review's milestone, in weeks of leading. */
export function reviewMilestoneCheck(column: SQLWrapper): SQL {
  return between(column, 1, REVIEW_MAX_MILESTONE);
}

/** A share-link reply: 1 to SHARE_REPLY_MAX_LENGTH characters (length() counts characters on both engines). */
export function shareReplyBodyCheck(column: SQLWrapper): SQL {
  return between(sql`length(${column})`, 1, SHARE_REPLY_MAX_LENGTH);
}
