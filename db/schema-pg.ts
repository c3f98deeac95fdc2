import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, json, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
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

// The PostgreSQL declaration of the tables in db/schema.ts: same names, columns, constraints and
// indexes, and the same TypeScript row types (checked in db/tables.ts and tests/unit/db/schema-parity.test.ts).

const instant = (name: string) => timestamp(name, { mode: "date", withTimezone: true, precision: 3 });
const createdAt = () => instant("created_at").defaultNow().notNull();
const updatedAt = () =>
  instant("updated_at")
    .defaultNow()
    .$onUpdate(() => new Date())
    .notNull();

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").default(false).notNull(),
  image: text("image"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: instant("expires_at").notNull(),
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

export const accounts = pgTable(
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
    accessTokenExpiresAt: instant("access_token_expires_at"),
    refreshTokenExpiresAt: instant("refresh_token_expires_at"),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("accounts_user_id_idx").on(t.userId)],
);

export const verifications = pgTable(
  "verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: instant("expires_at").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("verifications_identifier_idx").on(t.identifier)],
);

export const profiles = pgTable(
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
    // json, not jsonb: the text comes back as written, key order included, as on SQLite.
    settings: json("settings").$type<Record<string, unknown>>().default({}).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("profiles_previous_role_check", previousRoleCheck(t.previousRole)),
    check("profiles_targets_check", percentsCheck([t.meetingsMaxPct, t.executionMinPct, t.mentoringMinPct])),
    check("profiles_team_size_check", teamSizeCheck(t.teamSize)),
  ],
);

export const checkins = pgTable(
  "checkins",
  {
    // By default, not always: db:copy inserts the SQLite ids as they are.
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
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
    managerOneOnOne: boolean("manager_one_on_one"),
    training: boolean("training"),
    note: text("note"),
    /** The week's shape from a calendar import (lib/calendar/shape.ts), when the leader filled the week from one. */
    calendarShape: json("calendar_shape").$type<WeekShape>(),
    isDemo: boolean("is_demo").default(false).notNull(),
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

export const loginAttempts = pgTable(
  "login_attempts",
  {
    key: text("key").notNull(),
    failures: integer("failures").notNull(),
    lastFailureAt: instant("last_failure_at").notNull(),
    lockedUntil: instant("locked_until"),
  },
  (t) => [primaryKey({ columns: [t.key] })],
);

export const shareLinks = pgTable(
  "share_links",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    fromWeek: text("from_week").notNull(),
    toWeek: text("to_week").notNull(),
    includeNotes: boolean("include_notes").default(false).notNull(),
    expiresAt: instant("expires_at").notNull(),
    revokedAt: instant("revoked_at"),
    lastViewedAt: instant("last_viewed_at"),
    // When the viewer pressed "Mark as read" (or first replied); kept from the first time.
    readAt: instant("read_at"),
    // Whether the viewer may reply (the leader turns it off per link); "Mark as read" stays either way.
    repliesEnabled: boolean("replies_enabled").default(true).notNull(),
    // The talking points the leader chose for this link (null: the suggested ones), fixed at creation.
    talkingPoints: json("talking_points").$type<TalkingPointChoice>(),
    createdAt: createdAt(),
  },
  (t) => [index("share_links_user_id_idx").on(t.userId)],
);

// A viewer's reply on a share link (issue 11), visible only to the link's owner. It keeps the owner and
// the link's weeks, so it outlives its link (cleared past links, restored backups: link id null).
export const shareReplies = pgTable(
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
    seenAt: instant("seen_at"),
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
export const reportChoices = pgTable("report_choices", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  choice: json("choice").$type<TalkingPointChoice>().notNull(),
  updatedAt: updatedAt(),
});

// A leader's calendar address (a secret iCal URL), encrypted with the auth secret (lib/calendar/feed-secret.ts).
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  urlEncrypted: text("url_encrypted").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const rateLimits = pgTable("rate_limits", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

export const requestCounts = pgTable("request_counts", {
  key: text("key").primaryKey(),
  windowStart: instant("window_start").notNull(),
  count: integer("count").notNull(),
});

// Reminder mails, one row per leader, kind and ISO week, inserted (claimed) before the mail is sent:
// the unique key makes each mail go out at most once however many runs or instances try (docs/mail.md).
export const mailDeliveries = pgTable(
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
    sentAt: instant("sent_at"),
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
export const experiments = pgTable(
  "experiments",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    stepId: text("step_id"),
    measure: json("measure").$type<ExperimentMeasure>().notNull(),
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

export const experimentAnswers = pgTable(
  "experiment_answers",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
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

export const wellbeingChecks = pgTable(
  "wellbeing_checks",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    week: text("week").notNull(),
    /** The five WHO-5 answers (0–5 each), or null when only the burnout question was answered. */
    who5: json("who5").$type<number[]>(),
    burnout: integer("burnout"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("wellbeing_checks_user_week_uq").on(t.userId, t.week),
    check("wellbeing_checks_burnout_check", burnoutCheck(t.burnout)),
  ],
);

export const reviews = pgTable(
  "reviews",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
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
