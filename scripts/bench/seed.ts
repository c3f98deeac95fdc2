import { statSync } from "node:fs";
import { join } from "node:path";
import { createDb, sqliteClientOf, type Db } from "../../db/client";
import { migrateDb } from "../../db/migrate";
import { PREVIOUS_ROLES } from "../../lib/enums";
import { addIsoWeeks, isoWeekStartDate, isoWeeksBetween } from "../../lib/iso-week";
import { elapsedMs, formatCount, log, pick } from "./harness";

/**
 * `checkins` caps the total: the leaders are ceil(checkins / weeks) and the last one started
 * later, so that exactly that many rows are written. Default: leaders × weeks.
 */
export type SeedOptions = { leaders: number; weeks: number; lastWeek: string; random: () => number; checkins?: number };
/** leaderIds: every leader; fullLeaderIds: those with a check-in in every seeded week. */
export type SeedResult = { leaderIds: string[]; fullLeaderIds: string[]; weeks: string[]; checkins: number };

const TIME_ZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC", "Australia/Sydney", null] as const;
const NOTES = [
  "Reorg announced; lots of 1:1s.",
  "Shipped the migration with the team.",
  "Too many status meetings again.",
  "Good coaching session with my manager.",
] as const;

function quarterHours(random: () => number, mean: number, spread: number): number {
  const value = mean + (random() * 2 - 1) * spread;
  return Math.min(100, Math.max(0, Math.round(value * 4) / 4));
}

function rating(random: () => number, base: number): number | null {
  if (random() < 0.08) return null;
  return Math.min(5, Math.max(1, Math.round(base + (random() * 2 - 1) * 1.2)));
}

function yesNo(random: () => number): number | null {
  const r = random();
  return r < 0.15 ? null : r < 0.6 ? 1 : 0;
}

/**
 * Writes `leaders` users with profiles and one check-in per leader per week in one transaction,
 * week by week as real leaders would, through prepared statements (not the query layer).
 */
export function seedDatabase(db: Db, { leaders: asked, weeks, lastWeek, random, checkins: total }: SeedOptions): SeedResult {
  const leaders = total === undefined ? asked : Math.ceil(total / weeks);
  const shortfall = total === undefined ? 0 : leaders * weeks - total;
  const sqlite = sqliteClientOf(db);
  const weekList = isoWeeksBetween(addIsoWeeks(lastWeek, -(weeks - 1)), lastWeek);
  const now = Date.now();

  const insertUser = sqlite.prepare(
    "INSERT INTO users (id, name, email, email_verified, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)",
  );
  const insertProfile = sqlite.prepare(
    `INSERT INTO profiles (user_id, display_name, previous_role, leading_since, team_size, time_zone,
       meetings_max_pct, execution_min_pct, mentoring_min_pct, settings, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 50, 20, 20, '{}', ?, ?)`,
  );
  const insertCheckin = sqlite.prepare(
    `INSERT INTO checkins (user_id, week, meetings_minutes, execution_minutes, mentoring_minutes, other_minutes,
       low_value_meeting_minutes, energy_meetings, energy_execution, energy_mentoring, skill_confidence, politics,
       support, team_growth_joy, satisfaction, manager_one_on_one, training, note, is_demo, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );

  const personas = Array.from({ length: leaders }, (_, i) => ({
    firstWeek: i === leaders - 1 ? shortfall : 0,
    id: Array.from({ length: 4 }, () => Math.floor(random() * 2 ** 32).toString(16).padStart(8, "0")).join(""),
    index: i,
    meetings: 8 + random() * 20,
    execution: 4 + random() * 18,
    mentoring: 2 + random() * 8,
    mood: 2 + random() * 2.5,
    drift: (random() - 0.5) * 0.03,
  }));

  let checkins = 0;
  sqlite.transaction(() => {
    for (const p of personas) {
      insertUser.run(p.id, `Leader ${p.index + 1}`, `leader${p.index + 1}@bench.example`, now, now);
      insertProfile.run(
        p.id,
        `Leader ${p.index + 1}`,
        pick(random, PREVIOUS_ROLES),
        isoWeekStartDate(weekList[0]!),
        Math.floor(random() * 12) + 2,
        pick(random, TIME_ZONES),
        now,
        now,
      );
    }
    weekList.forEach((week, w) => {
      for (const p of personas) {
        if (w < p.firstWeek) continue;
        const away = random() < 0.04;
        const meetings = away ? 0 : quarterHours(random, p.meetings + p.drift * w * 10, 4);
        const execution = away ? 0 : quarterHours(random, p.execution - p.drift * w * 5, 4);
        const mentoring = away ? 0 : quarterHours(random, p.mentoring, 2);
        const other = away ? 0 : quarterHours(random, 4, 3);
        const lowValue = random() < 0.7 ? Math.round(meetings * random() * 0.5 * 4) / 4 : null;
        const mood = p.mood - p.drift * w * 3;
        insertCheckin.run(
          p.id,
          week,
          meetings * 60,
          execution * 60,
          mentoring * 60,
          other * 60,
          lowValue === null ? null : lowValue * 60,
          rating(random, mood - 0.5),
          rating(random, mood + 0.5),
          rating(random, mood),
          rating(random, mood),
          rating(random, 5 - mood),
          rating(random, mood),
          rating(random, mood),
          rating(random, mood),
          yesNo(random),
          yesNo(random),
          random() < 0.2 ? pick(random, NOTES) : null,
          now,
          now,
        );
        checkins++;
      }
    });
  })();

  return {
    leaderIds: personas.map((p) => p.id),
    fullLeaderIds: personas.filter((p) => p.firstWeek === 0).map((p) => p.id),
    weeks: weekList,
    checkins,
  };
}

export type SeededDb = SeedResult & { db: Db; file: string; migrateMs: number; seedMs: number; sizeMb: number };

/** Creates, migrates and seeds a database file in `dir`, then checkpoints and analyzes it. */
export async function openSeededDb(dir: string, options: SeedOptions): Promise<SeededDb> {
  const file = join(dir, "bench.db");
  const db = createDb(file);
  const migrateStart = process.hrtime.bigint();
  await migrateDb(db);
  const migrateMs = elapsedMs(migrateStart);
  const planned = options.checkins ?? options.leaders * options.weeks;
  log(`seeding ${formatCount(planned)} check-ins (${options.weeks} weeks) into ${file} …`);
  const seedStart = process.hrtime.bigint();
  const seeded = seedDatabase(db, options);
  const seedMs = elapsedMs(seedStart);
  sqliteClientOf(db).pragma("wal_checkpoint(TRUNCATE)");
  sqliteClientOf(db).exec("ANALYZE");
  const sizeMb = statSync(file).size / 1024 / 1024;
  log(`seeded in ${(seedMs / 1000).toFixed(2)} s`);
  return { ...seeded, db, file, migrateMs, seedMs, sizeMb };
}
