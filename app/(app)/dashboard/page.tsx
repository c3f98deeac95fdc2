import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { TimeSplitChart } from "@/components/charts/time-split-chart";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { SERIES_COLORS } from "@/components/charts/palette";
import { CalmSigns } from "@/components/dashboard/calm-signs";
import { ChartFigure } from "@/components/dashboard/chart-figure";
import { DashboardHeadline } from "@/components/dashboard/dashboard-headline";
import { RangeControl } from "@/components/dashboard/range-control";
import { SignCard } from "@/components/dashboard/sign-card";
import { WorkloadNote } from "@/components/dashboard/workload-note";
import { DemoBanner } from "@/components/data/demo-banner";
import { RepliesNotice } from "@/components/dashboard/replies-notice";
import { LoadDemoButton } from "@/components/data/load-demo-button";
import { buttonClass } from "@/components/ui/button";
import { getDb } from "@/db";
import { listCheckins } from "@/db/queries/checkins";
import { listExperiments } from "@/db/queries/reflection";
import { countUnseenShareReplies } from "@/db/queries/share-replies";
import { experimentSpan } from "@/lib/experiments";
import { leaderTimeZone } from "@/lib/local-date";
import { DASHBOARD_RANGES, parseDashboardRange } from "@/lib/dashboard/series";
import { energyTable, ratingsTable, scoresTable, splitTable } from "@/lib/dashboard/tables";
import { buildDashboardView, scoreRows } from "@/lib/dashboard/view";
import { requireLeader } from "@/app/_server/auth";
import { loadDemoAction } from "../settings/data/actions";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { user, profile } = await requireLeader();
  const checkins = await listCheckins(getDb(), { userId: user.id });
  const range = parseDashboardRange((await searchParams).range);
  const view = buildDashboardView({
    profile,
    checkins,
    now: new Date(),
    timeZone: leaderTimeZone(profile),
    range,
  });
  const tone =
    view.signs.raised[0]?.level ??
    (view.workload.level !== "ok" ? view.workload.level : view.evaluation.signs.some((s) => s.enoughData) ? "ok" : "none");

  if (checkins.length === 0) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Dashboard</h1>
        <DashboardHeadline headline={view.headline} tone="none" />
        <section className="space-y-3 rounded-xl border border-stone-200 bg-white p-6 dark:border-stone-800 dark:bg-stone-900">
          <h2 className="text-lg font-semibold">No weeks logged yet</h2>
          <p className="text-stone-700 dark:text-stone-300">
            Each check-in takes about half a minute. The first sign can be judged after three weeks, all five after six;
            charts of your time, energy and ratings fill in as you go.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link href="/checkin" className={buttonClass("primary")}>
              Log a week
            </Link>
            <LoadDemoButton loadDemo={loadDemoAction} label="Explore with demo history" />
          </div>
        </section>
        <CalmSigns signs={view.signs} />
      </div>
    );
  }

  const experiments = (await listExperiments(getDb(), user.id)).map((e) => ({ id: e.id, title: e.title, ...experimentSpan(e) }));
  const split = splitTable(view.points, experiments);
  const energy = energyTable(view.points, experiments);
  const ratings = ratingsTable(view.points, experiments);
  const scores = scoresTable(view.points);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Dashboard</h1>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Signs as of {view.evaluation.asOf} · {view.summary.logged} logged, {view.summary.away} away, {view.summary.missing} not logged in this range
          </p>
        </div>
        <RangeControl ranges={DASHBOARD_RANGES} current={range} />
      </div>

      <DemoBanner demoWeeks={checkins.filter((c) => c.isDemo).length} />
      <RepliesNotice unseen={await countUnseenShareReplies(getDb(), user.id)} />

      <DashboardHeadline headline={view.headline} tone={tone}>
        {view.notLogging && (
          <Link href="/checkin" className={buttonClass("primary", "mt-3")}>
            Log this week
          </Link>
        )}
      </DashboardHeadline>

      <section aria-labelledby="signs-title" className="space-y-3">
        <h2 id="signs-title" className="text-lg font-semibold">
          {view.signs.raised.length === 0 ? "Warning signs" : view.signs.raised.length === 1 ? "1 warning sign raised" : `${view.signs.raised.length} warning signs raised`}
        </h2>
        {view.signs.raised.length > 0 && (
          <div className="grid gap-3 md:grid-cols-2">
            {view.signs.raised.map((card) => (
              <SignCard key={card.id} sign={card} watchFrom={view.legend.levels.watchFrom} />
            ))}
          </div>
        )}
        <CalmSigns signs={view.signs} />
        <WorkloadNote workload={view.workload} />
      </section>

      <ChartFigure id="split" title="Time split per week" summary={view.text.split} columns={split.columns} rows={split.rows}>
        <TimeSplitChart points={view.points} targets={profile.targets} experiments={experiments} />
      </ChartFigure>

      <ChartFigure id="energy" title="Energy per activity" summary={view.text.energy} columns={energy.columns} rows={energy.rows}>
        <TrendLineChart
          data={view.points}
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          unit="of 5"
          experiments={experiments}
          series={[
            { key: "energyMeetings", name: "Meetings", color: SERIES_COLORS.meetings },
            { key: "energyExecution", name: "Execution", color: SERIES_COLORS.execution },
            { key: "energyMentoring", name: "Mentoring", color: SERIES_COLORS.mentoring, dash: "6 3" },
          ]}
        />
      </ChartFigure>

      <ChartFigure id="ratings" title="Ratings" summary={view.text.ratings} columns={ratings.columns} rows={ratings.rows}>
        <TrendLineChart
          data={view.points}
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          unit="of 5"
          experiments={experiments}
          series={[
            { key: "skillConfidence", name: "Skill confidence", color: SERIES_COLORS.skillConfidence },
            { key: "politics", name: "Politics", color: SERIES_COLORS.politics, dash: "6 3" },
            { key: "support", name: "Support", color: SERIES_COLORS.support },
            { key: "teamGrowthJoy", name: "Joy from team growth", color: SERIES_COLORS.teamGrowthJoy },
            { key: "satisfaction", name: "Satisfaction", color: SERIES_COLORS.satisfaction, dash: "2 3" },
          ]}
        />
      </ChartFigure>

      <ChartFigure id="scores" title="Sign scores over time" summary={view.text.scores} columns={scores.columns} rows={scores.rows}>
        <TrendLineChart
          data={scoreRows(view.points)}
          domain={[0, 100]}
          ticks={[0, view.legend.levels.watchFrom, view.legend.levels.alertFrom, 100]}
          thresholds={view.legend.thresholds}
          unit="of 100"
          series={view.legend.scoreSeries}
        />
      </ChartFigure>
    </div>
  );
}
