import type * as pgSchema from "./schema-pg";
import type * as sqliteSchema from "./schema";

/**
 * The tables as the query functions see them. Both engines' tables have the same row types (checked
 * below), so queries are written once against these and run with the engine's own tables at run time.
 */
export type Tables = typeof pgSchema;
export type TableName = keyof Tables;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type SameRows<K extends TableName> = Equal<Tables[K]["$inferSelect"], (typeof sqliteSchema)[K]["$inferSelect"]> &
  Equal<Tables[K]["$inferInsert"], (typeof sqliteSchema)[K]["$inferInsert"]>;
type SameTableNames = Equal<keyof typeof pgSchema, keyof typeof sqliteSchema>;

// A compile error here means db/schema.ts and db/schema-pg.ts disagree on a table or a column's type.
const _sameTables: SameTableNames = true;
const _sameRows: { [K in TableName]: SameRows<K> } = {
  users: true,
  sessions: true,
  accounts: true,
  verifications: true,
  profiles: true,
  checkins: true,
  loginAttempts: true,
  shareLinks: true,
  calendarFeeds: true,
  rateLimits: true,
  requestCounts: true,
  mailDeliveries: true,
  reportChoices: true,
  experiments: true,
  experimentAnswers: true,
  wellbeingChecks: true,
  reviews: true,
  shareReplies: true,
};
