import { asc, eq } from "drizzle-orm";
import { listCheckins } from "../../db/queries/checkins";
import { getProfile } from "../../db/queries/profiles";
import { closeDb, sqliteClientOf } from "../../db/client";
import { leaderTimeZone } from "../../lib/local-date";
import { buildDashboardView } from "../../lib/dashboard/view";
import { currentIsoWeek, lastCompletedIsoWeek } from "../../lib/iso-week";
import { evaluate } from "../../lib/signals";
import {
  formatCount,
  formatMs,
  pick,
  summarize,
  timeRepeated,
  timeInterleaved,
  timingTable,
  type BenchSection,
  type GoalResult,
  type Summary,
} from "./harness";
import { openSeededDb } from "./seed";

const MAX_RATIO = 3;
const UNIQUE_INDEX = "checkins_user_week_uq";
const RAW_SQL = "SELECT * FROM checkins WHERE user_id = ? ORDER BY week";

type PlanRow = { id: number; parent: number; detail: string };

export const dashboardDataBench: BenchSection = {
  name: "dashboard-data",
  description: "the dashboard's data loading and view for one leader in a database of --big-checkins rows",
  async run({ options, iterations, warmup, random, tempDir }) {
    const seeded = await openSeededDb(tempDir("dashboard-data"), {
      leaders: 0,
      weeks: options.bigWeeks,
      checkins: options.bigCheckins,
      lastWeek: lastCompletedIsoWeek(new Date(), "UTC"),
      random,
    });
    const { db } = seeded;
    const userId = pick(random, seeded.fullLeaderIds);

    // Exactly what app/(app)/dashboard/page.tsx awaits before rendering.
    const loadAsPage = () => Promise.all([getProfile(db, userId), listCheckins(db, { userId })]);
    const rawStatement = sqliteClientOf(db).prepare(RAW_SQL);
    const rawRead = () => rawStatement.all(userId);
    // The select listCheckins builds, without its mapping to CheckinRecord.
    const { checkins } = db.tables;
    const drizzleSelect = () => db.select().from(checkins).where(eq(checkins.userId, userId)).orderBy(asc(checkins.week));

    const [profile, history] = await loadAsPage();
    if (!profile) throw new Error(`Seeded leader ${userId} has no profile`);
    const rawRows = rawRead();
    if (history.length !== options.bigWeeks || rawRows.length !== history.length) {
      throw new Error(`Expected ${options.bigWeeks} weeks for ${userId}, got ${history.length} (Drizzle) and ${rawRows.length} (raw)`);
    }

    const samples = await timeInterleaved(
      {
        page: loadAsPage,
        raw: rawRead,
        listOnly: () => listCheckins(db, { userId }),
        rowsOnly: () => drizzleSelect(),
      },
      iterations,
      warmup,
    );
    const page = summarize("dashboard load as the page does it (getProfile + listCheckins)", samples.page!);
    const raw = summarize(`raw better-sqlite3: prepared "${RAW_SQL}" .all()`, samples.raw!);
    const breakdown = [
      summarize("  breakdown: listCheckins alone (Drizzle + toCheckinRecord)", samples.listOnly!),
      summarize("  breakdown: Drizzle select of the rows, no mapping", samples.rowsOnly!),
    ];

    const now = new Date();
    const timeZone = leaderTimeZone(profile);
    const viewOf = (range: "12w" | "all") => () => buildDashboardView({ profile, checkins: history, now, timeZone, range });
    const viewTimings: Summary[] = [];
    for (const range of ["12w", "all"] as const) {
      const build = viewOf(range);
      const view = build();
      if (view.points.length === 0) throw new Error(`buildDashboardView(${range}) returned no points`);
      const ms = await timeRepeated(iterations, warmup, build);
      viewTimings.push(summarize(`buildDashboardView, range "${range}" (${view.points.length} points)`, ms));
    }
    const evaluation = { format: "pendulum" as const, version: 1 as const, profile, settings: {}, checkins: [...history] };
    const evaluateMs = await timeRepeated(iterations, warmup, () => evaluate(evaluation));
    viewTimings.push(summarize("  of which evaluate() for this leader", evaluateMs));
    const weekMs = await timeRepeated(iterations, warmup, () => currentIsoWeek(now, timeZone));
    viewTimings.push(summarize(`  of which currentIsoWeek(now, "${timeZone}"), called twice per view`, weekMs));
    const endToEnd = await timeRepeated(iterations, warmup, async () => {
      const [p, c] = await loadAsPage();
      return buildDashboardView({ profile: p!, checkins: c, now, timeZone, range: "12w" });
    });
    viewTimings.push(summarize(`load + buildDashboardView "12w" (the page's work before React)`, endToEnd));

    const plans = [
      { query: "raw read", sql: RAW_SQL, params: [userId] },
      { query: "Drizzle select as in listCheckins", ...drizzleSelect().toSQL() },
    ].map(({ query, sql, params }) => ({ query, sql, plan: sqliteClientOf(db).prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as PlanRow[] }));
    await closeDb(db);

    const ratio = page.medianMs / raw.medianMs;
    const p95Ratio = page.p95Ms / raw.p95Ms;
    const usesIndex = plans.every(
      (p) => p.plan.some((r) => r.detail.includes(`USING INDEX ${UNIQUE_INDEX}`)) && !p.plan.some((r) => r.detail.includes("TEMP B-TREE")),
    );
    const goals: GoalResult[] = [
      {
        goal: `dashboard-data: page's data loading ≤ ${MAX_RATIO}× the raw read (medians)`,
        measured: `${ratio.toFixed(2)}× (${formatMs(page.medianMs)} vs ${formatMs(raw.medianMs)} ms)`,
        isMet: ratio <= MAX_RATIO,
      },
      {
        goal: `dashboard-data: query plans search ${UNIQUE_INDEX}, no temp sort`,
        measured: usesIndex ? "yes" : "no",
        isMet: usesIndex,
      },
    ];
    const loads = [page, raw, ...breakdown];
    return {
      tables: [
        {
          title: "Seeded database",
          headers: ["~rows", "leaders", "seed s", "rows/s", "file MB", "~measured leader"],
          rows: [
            [
              `${formatCount(seeded.checkins)} check-ins, ${seeded.weeks[0]} … ${seeded.weeks.at(-1)}`,
              formatCount(seeded.leaderIds.length),
              (seeded.seedMs / 1000).toFixed(2),
              formatCount(Math.round(seeded.checkins / (seeded.seedMs / 1000))),
              seeded.sizeMb.toFixed(1),
              `${userId} (${history.length} weeks)`,
            ],
          ],
        },
        timingTable(`Data loading, interleaved (${formatCount(iterations)} rounds after ${warmup} warm-up rounds)`, loads),
        {
          title: "Drizzle path ÷ raw read",
          headers: ["~statistic", "ratio", "goal"],
          rows: [
            ["median", `${ratio.toFixed(2)}×`, `${ratio <= MAX_RATIO ? "met" : "MISSED"} (≤ ${MAX_RATIO}×)`],
            ["p95", `${p95Ratio.toFixed(2)}×`, ""],
          ],
        },
        timingTable(`Dashboard view for that leader (${formatCount(iterations)} calls after ${warmup} warm-up calls)`, viewTimings),
        {
          title: "EXPLAIN QUERY PLAN",
          headers: ["~query", "~plan", "~SQL"],
          rows: plans.map((p) => [p.query, p.plan.map((r) => r.detail).join(" / "), compactColumns(p.sql)]),
        },
      ],
      goals,
    };
  },
};

/** Drizzle lists every column by name; shorten that list so the table stays readable. */
function compactColumns(sql: string): string {
  return sql.replace(/^select ("[^"]+", )+"[^"]+" from/, (list) => `select <${list.split(",").length} columns> from`);
}
