import { SIGN_IDS, type SignId } from "../enums";
import { compareIsoWeeks, lastShownWeek } from "../iso-week";
import {
  LEVEL_LABELS,
  SIGNALS_CONFIG,
  SIGN_META,
  evaluate,
  type Evaluation,
  type SignalsConfig,
  type SignLevel,
  type StepContext,
  type Workload,
} from "../signals";
import { isAwayWeek, type CheckinRecord } from "../checkin";
import { RATING_SPECS } from "../ratings";
import { splitSummaryText, summarizeSplit } from "../time-split";
import type { Profile } from "../validation/profile";
import {
  dashboardWeeks,
  halfTrend,
  summarizeSeries,
  toWeeklySeries,
  type DashboardRangeId,
  type SeriesSummary,
  type WeekPoint,
} from "./series";
import { toSignsView, type SignsView } from "./signs";

/** The cut-offs, labels and colours every chart and card of the dashboard draws with: they come from lib/signals. */
export type DashboardLegend = {
  levels: { watchFrom: number; alertFrom: number; labels: Record<SignLevel, string> };
  thresholds: ReadonlyArray<{ value: number; label: string }>;
  scoreSeries: ReadonlyArray<{ key: SignId; name: string; color: string }>;
};

export type DashboardView = {
  evaluation: Evaluation;
  headline: string;
  range: DashboardRangeId;
  lastWeek: string;
  points: WeekPoint[];
  summary: SeriesSummary;
  signs: SignsView;
  workload: Workload & { levelLabel: string };
  /** Set when the last check-in is notLogging.fromWeeks or more before the last shown week. */
  notLogging: { lastLoggedWeek: string; weeks: number } | null;
  legend: DashboardLegend;
  loggedWeeks: number;
  text: { split: string; energy: string; ratings: string; scores: string };
};

const fmt = (v: number | null, digits = 1) => (v === null ? "no data" : v.toFixed(digits));

function averagesSummary(points: WeekPoint[], keys: ReadonlyArray<[keyof WeekPoint, string]>, scale: string): string {
  const logged = points.filter((p) => p.status === "logged");
  const parts = keys.map(([key, label]) => {
    const { first, second, mean } = halfTrend(logged.map((p) => p[key] as number | null));
    if (first === null || second === null) return `${label} ${fmt(mean)}`;
    return `${label} ${first.toFixed(1)} → ${second.toFixed(1)}`;
  });
  return `Average ${scale}, first half of the range → second half: ${parts.join("; ")}.`;
}

function scoresSummary(evaluation: Evaluation, legend: DashboardLegend): string {
  const cutOffs = `${legend.levels.labels.watch} starts at ${legend.levels.watchFrom}, ${legend.levels.labels.alert.toLowerCase()} at ${legend.levels.alertFrom}.`;
  const judged = evaluation.signs.filter((s) => s.enoughData);
  if (judged.length === 0) return `No sign has enough data yet. ${cutOffs}`;
  const raised = judged.filter((s) => s.level !== "ok");
  if (raised.length === 0) return `Every sign with enough data is at ${legend.levels.labels.ok}. ${cutOffs}`;
  return `Raised: ${raised.map((s) => `${SIGN_META[s.id].title} (${legend.levels.labels[s.level].toLowerCase()}, ${s.score})`).join("; ")}. ${cutOffs}`;
}

export function dashboardLegend(config: SignalsConfig): DashboardLegend {
  const { watchFrom, alertFrom } = config.levels;
  return {
    levels: { watchFrom, alertFrom, labels: { ...LEVEL_LABELS } },
    thresholds: [
      { value: watchFrom, label: LEVEL_LABELS.watch },
      { value: alertFrom, label: LEVEL_LABELS.alert },
    ],
    scoreSeries: SIGN_IDS.map((id) => ({ key: id, name: SIGN_META[id].title, color: SIGN_META[id].color })),
  };
}

/** Everything the dashboard shows, computed from the leader's profile and check-ins. */
export function buildDashboardView({
  profile,
  checkins,
  now,
  timeZone,
  range,
  config = SIGNALS_CONFIG,
  context = {},
}: {
  profile: Profile;
  checkins: readonly CheckinRecord[];
  now: Date;
  timeZone: string;
  range: DashboardRangeId;
  config?: SignalsConfig;
  context?: StepContext;
}): DashboardView {
  const lastWeek = lastShownWeek(checkins.map((c) => c.week), now, timeZone);
  const evaluation = evaluate({ profile, checkins }, { asOf: lastWeek, config, context });
  const firstLogged = checkins.reduce<string | null>(
    (first, c) => (first === null || compareIsoWeeks(c.week, first) < 0 ? c.week : first),
    null,
  );
  const weeks = dashboardWeeks(range, lastWeek, firstLogged);
  const points = toWeeklySeries(checkins, weeks, evaluation.history);
  const legend = dashboardLegend(config);
  const { lastLoggedWeek, weeksSinceLastLog } = evaluation;
  return {
    evaluation,
    headline: evaluation.headline,
    range,
    lastWeek,
    points,
    summary: summarizeSeries(points),
    signs: toSignsView(evaluation, points),
    workload: { ...evaluation.workload, levelLabel: LEVEL_LABELS[evaluation.workload.level] },
    notLogging:
      lastLoggedWeek !== null && weeksSinceLastLog !== null && weeksSinceLastLog >= config.notLogging.fromWeeks
        ? { lastLoggedWeek, weeks: weeksSinceLastLog }
        : null,
    legend,
    loggedWeeks: checkins.filter((c) => !isAwayWeek(c.hours)).length,
    text: {
      split: splitSummaryText(summarizeSplit(points, profile.targets), profile.targets),
      energy: averagesSummary(
        points,
        [
          ["energyMeetings", "meetings"],
          ["energyExecution", "hands-on execution"],
          ["energyMentoring", "mentoring"],
        ],
        "energy (1 drained me … 5 energized me)",
      ),
      ratings: averagesSummary(
        points,
        RATING_SPECS.map(({ key, phrase }): [keyof WeekPoint, string] => [key, phrase]),
        "ratings (1–5)",
      ),
      scores: scoresSummary(evaluation, legend),
    },
  };
}
