import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { PREVIOUS_ROLES } from "../lib/enums";
import type { TalkingPointChoice } from "../lib/report/talking-points";
import type { WeekShape } from "../lib/calendar/shape";
import { DELIVERY_STATUSES, REMINDER_KINDS, sqlList } from "../lib/reminders/kinds";
import { EXPERIMENT_ANSWERS, EXPERIMENT_OUTCOMES } from "../lib/experiments/kinds";
import { REVIEW_PATHS } from "../lib/review/kinds";
import type { ExperimentMeasure } from "../lib/validation/experiment";
import {
  burnoutCheck,
  experimentWeeksCheck,
  lowValueMinutesCheck,
  minutesCheck,
  oneOfCheck,
  percentsCheck,
  previousRoleCheck,
  ratingsCheck,
  reviewMilestoneCheck,
  shareReplyBodyCheck,
  teamSizeCheck,
} from "./checks";

const nowMs = sql`(cast(unixepoch('subsecond') * 1000 as integer))`;
const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).default(nowMs).notNull();
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .default(nowMs)
    .$onUpdate(() => new Date())
    .notNull();

// The SQLite declaration of every table. db/schema-pg.ts declares the same tables for PostgreSQL:
// change both together (tests/unit/db/schema-parity.test.ts compares them), then `npm run db:generate`.

// The four tables better-auth's Drizzle adapter manages (user, session, account, verification).
export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).default(false).notNull(),
  image: text("image"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

export const accounts = sqliteTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: integer("access_token_expires_at", { mode: "timestamp_ms" }),
    refreshTokenExpiresAt: integer("refresh_token_expires_at", { mode: "timestamp_ms" }),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("accounts_user_id_idx").on(t.userId)],
);

export const verifications = sqliteTable(
  "verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("verifications_identifier_idx").on(t.identifier)],
);

export const profiles = sqliteTable(
  "profiles",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    displayName: text("display_name").notNull(),
    previousRole: text("previous_role", { enum: PREVIOUS_ROLES }).notNull(),
    leadingSince: text("leading_since").notNull(),
    teamSize: integer("team_size"),
    timeZone: text("time_zone"),
    meetingsMaxPct: integer("meetings_max_pct").notNull(),
    executionMinPct: integer("execution_min_pct").notNull(),
    mentoringMinPct: integer("mentoring_min_pct").notNull(),
    settings: text("settings", { mode: "json" }).$type<Record<string, unknown>>().default({}).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("profiles_previous_role_check", previousRoleCheck(t.previousRole)),
    check("profiles_targets_check", percentsCheck([t.meetingsMaxPct, t.executionMinPct, t.mentoringMinPct])),
    check("profiles_team_size_check", teamSizeCheck(t.teamSize)),
  ],
);

// Hours are stored as whole minutes so quarter hours never drift.
export const checkins = sqliteTable(
  "checkins",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    week: text("week").notNull(),
    meetingsMinutes: integer("meetings_minutes").notNull(),
    executionMinutes: integer("execution_minutes").notNull(),
    mentoringMinutes: integer("mentoring_minutes").notNull(),
    otherMinutes: integer("other_minutes").notNull(),
    lowValueMeetingMinutes: integer("low_value_meeting_minutes"),
    energyMeetings: integer("energy_meetings"),
    energyExecution: integer("energy_execution"),
    energyMentoring: integer("energy_mentoring"),
    skillConfidence: integer("skill_confidence"),
    politics: integer("politics"),
    support: integer("support"),
    teamGrowthJoy: integer("team_growth_joy"),
    satisfaction: integer("satisfaction"),
    managerOneOnOne: integer("manager_one_on_one", { mode: "boolean" }),
    training: integer("training", { mode: "boolean" }),
    note: text("note"),
    /** The week's shape from a calendar import (lib/calendar/shape.ts), when the leader filled the week from one. */
    calendarShape: text("calendar_shape", { mode: "json" }).$type<WeekShape>(),
    isDemo: integer("is_demo", { mode: "boolean" }).default(false).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("checkins_user_week_uq").on(t.userId, t.week),
    check("checkins_minutes_check", minutesCheck([t.meetingsMinutes, t.executionMinutes, t.mentoringMinutes, t.otherMinutes])),
    check("checkins_low_value_check", lowValueMinutesCheck(t.lowValueMeetingMinutes, t.meetingsMinutes)),
    check(
      "checkins_ratings_check",
      ratingsCheck([t.energyMeetings, t.energyExecution, t.energyMentoring, t.skillConfidence, t.politics, t.support, t.teamGrowthJoy, t.satisfaction]),
    ),
  ],
);

// Failed sign-ins, counted per key ("email:<address>" or "ip:<address>"), kept across restarts.
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    key: text("key").notNull(),
    failures: integer("failures").notNull(),
    lastFailureAt: integer("last_failure_at", { mode: "timestamp_ms" }).notNull(),
    lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
  },
  (t) => [primaryKey({ columns: [t.key] })],
);

// Read-only report links: only a hash of the token is kept; the range is fixed, the data live.
export const shareLinks = sqliteTable(
  "share_links",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    fromWeek: text("from_week").notNull(),
    toWeek: text("to_week").notNull(),
    includeNotes: integer("include_notes", { mode: "boolean" }).default(false).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    lastViewedAt: integer("last_viewed_at", { mode: "timestamp_ms" }),
    // When the viewer pressed "Mark as read" (or first replied); kept from the first time.
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    // Whether the viewer may reply (the leader turns it off per link); "Mark as read" stays either way.
    repliesEnabled: integer("replies_enabled", { mode: "boolean" }).default(true).notNull(),
    // The talking points the leader chose for this link (null: the suggested ones), fixed at creation.
    talkingPoints: text("talking_points", { mode: "json" }).$type<TalkingPointChoice>(),
    createdAt: createdAt(),
  },
  (t) => [index("share_links_user_id_idx").on(t.userId)],
);

// A viewer's reply on a share link (issue 11), visible only to the link's owner. It keeps the owner and
// the link's weeks, so it outlives its link (cleared past links, restored backups: link id null).
export const shareReplies = sqliteTable(
  "share_replies",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    shareLinkId: text("share_link_id").references(() => shareLinks.id, { onDelete: "set null" }),
    fromWeek: text("from_week").notNull(),
    toWeek: text("to_week").notNull(),
    body: text("body").notNull(),
    // When the owner marked it seen on /report; null: still shown as new on the dashboard.
    seenAt: integer("seen_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("share_replies_user_created_idx").on(t.userId, t.createdAt),
    index("share_replies_link_idx").on(t.shareLinkId),
    check("share_replies_body_check", shareReplyBodyCheck(t.body)),
  ],
);

// The talking points a leader last chose on /report (one row per leader): the page, the downloads and
// new share links use it; a share link keeps its own copy.
export const reportChoices = sqliteTable("report_choices", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  choice: text("choice", { mode: "json" }).$type<TalkingPointChoice>().notNull(),
  updatedAt: updatedAt(),
});

// A leader's calendar address (a secret iCal URL), encrypted with the auth secret (lib/calendar/feed-secret.ts).
export const calendarFeeds = sqliteTable("calendar_feeds", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  urlEncrypted: text("url_encrypted").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// better-auth's request limiter (its "rateLimit" model, storage "database"): one row per address and path.
export const rateLimits = sqliteTable("rate_limits", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: integer("last_request", { mode: "number" }).notNull(),
});

// Fixed-window request counters shared by every instance (the share-link lookup limit).
export const requestCounts = sqliteTable("request_counts", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start", { mode: "timestamp_ms" }).notNull(),
  count: integer("count").notNull(),
});

// Reminder mails, one row per leader, kind and ISO week, inserted (claimed) before the mail is sent:
// the unique key makes each mail go out at most once however many runs or instances try (docs/mail.md).
export const mailDeliveries = sqliteTable(
  "mail_deliveries",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: REMINDER_KINDS }).notNull(),
    week: text("week").notNull(),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull(),
    attempts: integer("attempts").notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("mail_deliveries_user_kind_week_uq").on(t.userId, t.kind, t.week),
    check("mail_deliveries_kind_check", sql`${t.kind} in (${sql.raw(sqlList(REMINDER_KINDS))})`),
    check("mail_deliveries_status_check", sql`${t.status} in (${sql.raw(sqlList(DELIVERY_STATUSES))})`),
  ],
);

// Issue 15: what the lead tries (experiments and their weekly answers), the monthly wellbeing check
// and the quarterly review. Private to the lead: only they read them, and a report shows them only if
// the lead includes them. `slug` is the experiment's id in the data format, unique per lead.
export const experiments = sqliteTable(
  "experiments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    stepId: text("step_id"),
    measure: text("measure", { mode: "json" }).$type<ExperimentMeasure>().notNull(),
    startWeek: text("start_week").notNull(),
    weeks: integer("weeks").notNull(),
    outcome: text("outcome", { enum: EXPERIMENT_OUTCOMES }),
    endedWeek: text("ended_week"),
    adjusts: text("adjusts"),
    note: text("note"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("experiments_user_slug_uq").on(t.userId, t.slug),
    check("experiments_weeks_check", experimentWeeksCheck(t.weeks)),
    check("experiments_outcome_check", oneOfCheck(t.outcome, EXPERIMENT_OUTCOMES)),
  ],
);

export const experimentAnswers = sqliteTable(
  "experiment_answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    experimentId: integer("experiment_id")
      .notNull()
      .references(() => experiments.id, { onDelete: "cascade" }),
    week: text("week").notNull(),
    answer: text("answer", { enum: EXPERIMENT_ANSWERS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("experiment_answers_experiment_week_uq").on(t.experimentId, t.week),
    check("experiment_answers_answer_check", oneOfCheck(t.answer, EXPERIMENT_ANSWERS)),
  ],
);

export const wellbeingChecks = sqliteTable(
  "wellbeing_checks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    week: text("week").notNull(),
    /** The five WHO-5 answers (0–5 each), or null when only the burnout question was answered. */
    who5: text("who5", { mode: "json" }).$type<number[]>(),
    burnout: integer("burnout"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("wellbeing_checks_user_week_uq").on(t.userId, t.week),
    check("wellbeing_checks_burnout_check", burnoutCheck(t.burnout)),
  ],
);

export const reviews = sqliteTable(
  "reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    week: text("week").notNull(),
    milestone: integer("milestone"),
    leaning: text("leaning", { enum: REVIEW_PATHS }),
    reflection: text("reflection"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("reviews_user_week_uq").on(t.userId, t.week),
    index("reviews_user_milestone_idx").on(t.userId, t.milestone),
    check("reviews_milestone_check", reviewMilestoneCheck(t.milestone)),
    check("reviews_leaning_check", oneOfCheck(t.leaning, REVIEW_PATHS)),
  ],
);
