import { isAwayWeek, totalHours } from "../checkin";
import { experimentResult } from "../experiments/result";
import { computeInsights, type InsightFinding } from "../insights/compute";
import { addIsoWeeks, compareIsoWeeks, isoWeekOfDate, isoWeekToOrdinal } from "../iso-week";
import { evaluate } from "../signals/evaluate";
import { LEVEL_LABELS, SIGN_META } from "../signals/meta";
import type { Checkin } from "../validation/checkin";
import type { Experiment } from "../validation/experiment";
import type { Profile } from "../validation/profile";
import type { WellbeingCheck } from "../validation/wellbeing";
import { wellbeingTrend } from "../wellbeing/trend";
import { isReviewMilestone, REVIEW_FIRST_MILESTONES, REVIEW_YEARLY_WEEKS } from "./kinds";

/** A review looks back over a quarter. */
export const REVIEW_PERIOD_WEEKS = 13;

export type SplitAverage = { weeks: number; execution: number; meetings: number; mentoring: number; hours: number } | null;

export type ReviewView = {
  asOf: string;
  /** Weeks of leading as of asOf, counting the week leading started as week 1. */
  weekOfLeading: number;
  /** The milestone this week is, or null; and the next one. */
  milestone: number | null;
  nextMilestone: number;
  period: { from: string; to: string };
  energizing: InsightFinding[];
  draining: InsightFinding[];
  insightsSummary: string;
  split: { now: SplitAverage; before: SplitAverage };
  signs: { id: string; title: string; now: string; before: string | null }[];
  experiments: { id: string; title: string; outcome: Experiment["outcome"]; headline: string }[];
  /** Titles of experiments the lead kept: the steps that worked, for "stay and adjust". */
  keptSteps: string[];
  wellbeing: string[];
};

function average(checkins: readonly Checkin[], from: string, to: string): SplitAverage {
  const weeks = checkins.filter((c) => !isAwayWeek(c.hours) && compareIsoWeeks(c.week, from) >= 0 && compareIsoWeeks(c.week, to) <= 0);
  if (weeks.length === 0) return null;
  const share = (part: "execution" | "meetings" | "mentoring") => Math.round(weeks.reduce((s, c) => s + (100 * c.hours[part]) / totalHours(c.hours), 0) / weeks.length);
  return {
    weeks: weeks.length,
    execution: share("execution"),
    meetings: share("meetings"),
    mentoring: share("mentoring"),
    hours: Math.round((4 * weeks.reduce((s, c) => s + totalHours(c.hours), 0)) / weeks.length) / 4,
  };
}

function nextMilestoneAfter(week: number): number {
  for (const m of REVIEW_FIRST_MILESTONES) if (m > week) return m;
  return (Math.floor(week / REVIEW_YEARLY_WEEKS) + 1) * REVIEW_YEARLY_WEEKS;
}

/**
 * The quarterly review, built only from the lead's own data as of `asOf`: what energized and
 * drained them, how their split and signs moved over the last quarter against the one before,
 * the experiments of the quarter and their outcomes, and their wellbeing trend.
 */
export function buildReviewView(input: {
  profile: Profile;
  checkins: readonly Checkin[];
  experiments: readonly Experiment[];
  wellbeingChecks: readonly WellbeingCheck[];
  asOf: string;
}): ReviewView {
  const { profile, checkins, asOf } = input;
  const weekOfLeading = Math.max(1, isoWeekToOrdinal(asOf) - isoWeekToOrdinal(isoWeekOfDate(profile.leadingSince)) + 1);
  const from = addIsoWeeks(asOf, -(REVIEW_PERIOD_WEEKS - 1));
  const beforeTo = addIsoWeeks(from, -1);
  const beforeFrom = addIsoWeeks(beforeTo, -(REVIEW_PERIOD_WEEKS - 1));
  const insights = computeInsights({ checkins }, { asOf });
  const upTo = checkins.filter((c) => compareIsoWeeks(c.week, asOf) <= 0);
  const now = evaluate({ profile, checkins: upTo }, { asOf });
  const hadBefore = upTo.some((c) => compareIsoWeeks(c.week, beforeTo) <= 0);
  const before = hadBefore ? evaluate({ profile, checkins: upTo.filter((c) => compareIsoWeeks(c.week, beforeTo) <= 0) }, { asOf: beforeTo }) : null;
  const label = (s: { level: keyof typeof LEVEL_LABELS; enoughData: boolean }) => (s.enoughData ? LEVEL_LABELS[s.level] : "Not enough data");
  const quarterExperiments = input.experiments.filter(
    (e) => compareIsoWeeks(e.startWeek, asOf) <= 0 && compareIsoWeeks(e.endedWeek ?? addIsoWeeks(e.startWeek, e.weeks - 1), from) >= 0,
  );
  return {
    asOf,
    weekOfLeading,
    milestone: isReviewMilestone(weekOfLeading) ? weekOfLeading : null,
    nextMilestone: nextMilestoneAfter(weekOfLeading),
    period: { from, to: asOf },
    energizing: insights.findings.filter((f) => f.direction === "higher"),
    draining: insights.findings.filter((f) => f.direction === "lower"),
    insightsSummary: insights.summary,
    split: { now: average(checkins, from, asOf), before: average(checkins, beforeFrom, beforeTo) },
    signs: now.signs.map((s) => {
      const b = before?.signs.find((x) => x.id === s.id);
      return { id: s.id, title: SIGN_META[s.id].title, now: label(s), before: b ? label(b) : null };
    }),
    experiments: quarterExperiments.map((e) => ({
      id: e.id,
      title: e.title,
      outcome: e.outcome,
      headline: experimentResult(e, checkins, { asOf }).sentences[0] ?? "",
    })),
    keptSteps: input.experiments.filter((e) => e.outcome === "kept").map((e) => e.title),
    wellbeing: wellbeingTrend(input.wellbeingChecks, { from: beforeFrom, to: asOf }).sentences,
  };
}
