import { asc, eq } from "drizzle-orm";
import { closeDb, createPgDb, pgPoolOf } from "../../db/client";
import { migrateDb } from "../../db/migrate";
import { listCheckins } from "../../db/queries/checkins";
import { getProfile } from "../../db/queries/profiles";
import { addIsoWeeks, isoWeekStartDate, isoWeeksBetween, lastCompletedIsoWeek } from "../../lib/iso-week";
import { elapsedMs, formatCount, formatMs, log, summarize, timeInterleaved, timingTable, type BenchSection, type GoalResult } from "./harness";
import { benchPgDatabase } from "./pg-server";

const MAX_RATIO = 3;
const UNIQUE_INDEX = "checkins_user_week_uq";
const RAW_SQL = "SELECT * FROM checkins WHERE user_id = $1 ORDER BY week";

/**
 * Seeds `checkins` rows in one statement per table (generate_series, random values shaped like
 * the SQLite bench's), every leader with a check-in in each of the `weeks` weeks.
 */
async function seed(pool: import("pg").Pool, total: number, weekList: string[]): Promise<{ leaders: number; ms: number }> {
  const leaders = Math.ceil(total / weekList.length);
  const start = process.hrtime.bigint();
  await pool.query(
    `insert into users (id, name, email) select 'leader-' || g, 'Leader ' || g, 'leader' || g || '@bench.example' from generate_series(1, $1) g`,
    [leaders],
  );
  await pool.query(
    `insert into profiles (user_id, display_name, previous_role, leading_since, team_size, time_zone, meetings_max_pct, execution_min_pct, mentoring_min_pct)
     select 'leader-' || g, 'Leader ' || g, (array['engineer','product','design','it','other'])[1 + g % 5], $2, 2 + g % 12, 'Europe/Berlin', 50, 20, 20
     from generate_series(1, $1) g`,
    [leaders, isoWeekStartDate(weekList[0]!)],
  );
  const rating = "case when random() < 0.08 then null else 1 + floor(random() * 5)::int end";
  const yesNo = "case when random() < 0.15 then null else random() < 0.6 end";
  await pool.query(
    `insert into checkins (user_id, week, meetings_minutes, execution_minutes, mentoring_minutes, other_minutes, low_value_meeting_minutes,
       energy_meetings, energy_execution, energy_mentoring, skill_confidence, politics, support, team_growth_joy, satisfaction,
       manager_one_on_one, training, note)
     select 'leader-' || g, w, floor(random() * 112)::int * 15, floor(random() * 88)::int * 15, floor(random() * 40)::int * 15,
       floor(random() * 28)::int * 15, case when random() < 0.7 then floor(random() * 30)::int * 15 end,
       ${rating}, ${rating}, ${rating}, ${rating}, ${rating}, ${rating}, ${rating}, ${rating}, ${yesNo}, ${yesNo},
       case when random() < 0.2 then 'Too many status meetings again.' end
     from generate_series(1, $1) g cross join unnest($2::text[]) w
     limit $3`,
    [leaders, weekList, total],
  );
  await pool.query("vacuum analyze");
  return { leaders, ms: elapsedMs(start) };
}

export const dashboardDataPgBench: BenchSection = {
  name: "dashboard-data-pg",
  description: "the dashboard's data loading on PostgreSQL for one leader among --big-checkins rows",
  async run(ctx) {
    const { options, iterations, warmup } = ctx;
    const url = await benchPgDatabase(ctx, "data");
    const db = createPgDb(url, { max: 4 });
    try {
      await migrateDb(db);
      const pool = pgPoolOf(db);
      const last = lastCompletedIsoWeek(new Date(), "UTC");
      const weekList = isoWeeksBetween(addIsoWeeks(last, -(options.bigWeeks - 1)), last);
      log(`seeding ${formatCount(options.bigCheckins)} check-ins into PostgreSQL …`);
      const seeded = await seed(pool, options.bigCheckins, weekList);
      log(`seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
      const userId = "leader-1";

      const loadAsPage = () => Promise.all([getProfile(db, userId), listCheckins(db, { userId })]);
      const rawRead = async () => (await pool.query(RAW_SQL, [userId])).rows;
      const { checkins } = db.tables;
      const drizzleSelect = () => db.select().from(checkins).where(eq(checkins.userId, userId)).orderBy(asc(checkins.week));

      const [profile, history] = await loadAsPage();
      const rawRows = await rawRead();
      if (!profile || history.length !== options.bigWeeks || rawRows.length !== history.length) {
        throw new Error(`Expected ${options.bigWeeks} weeks for ${userId}, got ${history.length} (Drizzle) and ${rawRows.length} (raw)`);
      }

      const samples = await timeInterleaved(
        { page: loadAsPage, raw: rawRead, listOnly: () => listCheckins(db, { userId }), rowsOnly: () => drizzleSelect() },
        iterations,
        warmup,
      );
      const page = summarize("dashboard load as the page does it (getProfile + listCheckins)", samples.page!);
      const raw = summarize(`raw node-postgres: pool.query("${RAW_SQL}")`, samples.raw!);
      const breakdown = [
        summarize("  breakdown: listCheckins alone (Drizzle + toCheckinRecord)", samples.listOnly!),
        summarize("  breakdown: Drizzle select of the rows, no mapping", samples.rowsOnly!),
      ];
      const plan = (await pool.query(`EXPLAIN ${RAW_SQL}`, [userId])).rows.map((r: Record<string, string>) => r["QUERY PLAN"]!.trim());
      const drizzlePlan = await (async () => {
        const { sql, params } = drizzleSelect().toSQL();
        return (await pool.query(`EXPLAIN ${sql}`, params)).rows.map((r: Record<string, string>) => r["QUERY PLAN"]!.trim());
      })();
      // The planner may sort the leader's few hundred rows after a bitmap scan rather than walk the index in order; both are cheap.
      const usesIndex = [plan, drizzlePlan].every((p) => p.some((line) => line.includes(UNIQUE_INDEX)));

      const ratio = page.medianMs / raw.medianMs;
      const goals: GoalResult[] = [
        {
          goal: `dashboard-data-pg: page's data loading ≤ ${MAX_RATIO}× a raw node-postgres read (medians)`,
          measured: `${ratio.toFixed(2)}× (${formatMs(page.medianMs)} vs ${formatMs(raw.medianMs)} ms)`,
          isMet: ratio <= MAX_RATIO,
        },
        { goal: `dashboard-data-pg: query plans use ${UNIQUE_INDEX}`, measured: usesIndex ? "yes" : "no", isMet: usesIndex },
      ];
      return {
        tables: [
          {
            title: "Seeded PostgreSQL database",
            headers: ["~rows", "leaders", "seed s", "~measured leader"],
            rows: [[`${formatCount(options.bigCheckins)} check-ins, ${weekList[0]} … ${weekList.at(-1)}`, formatCount(seeded.leaders), (seeded.ms / 1000).toFixed(1), `${userId} (${history.length} weeks)`]],
          },
          timingTable(`Data loading, interleaved (${formatCount(iterations)} rounds after ${warmup} warm-up rounds)`, [page, raw, ...breakdown]),
          {
            title: "Drizzle path ÷ raw read",
            headers: ["~statistic", "ratio", "goal"],
            rows: [
              ["median", `${ratio.toFixed(2)}×`, `${ratio <= MAX_RATIO ? "met" : "MISSED"} (≤ ${MAX_RATIO}×)`],
              ["p95", `${(page.p95Ms / raw.p95Ms).toFixed(2)}×`, ""],
            ],
          },
          { title: "EXPLAIN", headers: ["~query", "~plan"], rows: [["raw read", plan.join(" / ")], ["Drizzle select", drizzlePlan.join(" / ")]] },
        ],
        goals,
      };
    } finally {
      await closeDb(db);
    }
  },
};
