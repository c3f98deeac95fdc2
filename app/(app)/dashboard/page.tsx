import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { TimeSplitChart } from "@/components/charts/time-split-chart";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { RATING_MAX, RATING_MIN } from "@/lib/limits";
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
import { RATING_SPECS } from "@/lib/ratings";
import { DASHBOARD_RANGES, parseDashboardRange } from "@/lib/dashboard/series";
import { packWeeks } from "@/lib/dashboard/packed-weeks";
import { buildDashboardView } from "@/lib/dashboard/view";
import { requireLeader } from "@/app/_server/auth";
import { loadDemoAction } from "../settings/data/actions";

/** The axis of the 1–5 ratings (energy and the rating questions). */
const RATING_AXIS = {
  domain: [RATING_MIN, RATING_MAX] as [number, number],
  ticks: Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i),
  unit: `of ${RATING_MAX}`,
};

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
        <section className="space-y-3 rounded-xl border border-border bg-surface p-6">
          <h2 className="text-lg font-semibold">No weeks logged yet</h2>
          <p className="text-muted">
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
  // One packed copy of the weeks for all four charts and their tables (React sends it once).
  const weeks = packWeeks(view.points);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Dashboard</h1>
          <p className="text-sm text-muted">
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

      <ChartFigure id="split" title="Time split per week" summary={view.text.split} table={{ kind: "split", weeks, experiments }}>
        <TimeSplitChart weeks={weeks} targets={profile.targets} experiments={experiments} />
      </ChartFigure>

      <ChartFigure id="energy" title="Energy per activity" summary={view.text.energy} table={{ kind: "energy", weeks, experiments }}>
        <TrendLineChart
          weeks={weeks}
          {...RATING_AXIS}
          experiments={experiments}
          series={[
            { key: "energyMeetings", name: "Meetings", color: SERIES_COLORS.meetings },
            { key: "energyExecution", name: "Execution", color: SERIES_COLORS.execution },
            { key: "energyMentoring", name: "Mentoring", color: SERIES_COLORS.mentoring, dash: "6 3" },
          ]}
        />
      </ChartFigure>

      <ChartFigure id="ratings" title="Ratings" summary={view.text.ratings} table={{ kind: "ratings", weeks, experiments }}>
        <TrendLineChart
          weeks={weeks}
          {...RATING_AXIS}
          experiments={experiments}
          series={RATING_SPECS.map(({ key, label, dash }) => ({ key, name: label, color: SERIES_COLORS[key], dash }))}
        />
      </ChartFigure>

      <ChartFigure id="scores" title="Sign scores over time" summary={view.text.scores} table={{ kind: "scores", weeks }}>
        <TrendLineChart
          weeks={weeks}
          plot="scores"
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
