import { experimentPhase, lastExperimentWeek } from "../experiments/lifecycle";
import { measureLabel } from "../experiments/measures";
import { experimentResult, type Comparison, type ExperimentResult } from "../experiments/result";
import { formatHours } from "../format";
import type { InsightMeasure } from "../insights/config";
import { DRIVER_PHRASES, type InsightFinding } from "../insights/compute";
import { compareIsoWeeks } from "../iso-week";
import { REVIEW_PATH_TITLES } from "../review/kinds";
import { buildReviewView, type SplitAverage } from "../review/view";
import type { Checkin } from "../validation/checkin";
import type { Experiment } from "../validation/experiment";
import type { Profile } from "../validation/profile";
import type { Review } from "../validation/review";
import type { ReportInclusion } from "./talking-points";
import type { ViewTable } from "./view";

/**
 * The leader's experiments and quarterly review as a report shows them, only when the leader ticked
 * them (issue 15: "nothing of it goes into a report unless the lead includes it"). Every sentence is
 * about the leader in the third person or neutral, for the manager. The monthly wellbeing answers
 * are never read here; experiment notes only with the report's notes, the written reflection only
 * when ticked on its own.
 */
export type ReflectionBlock = {
  /** A bold line opening the block (an experiment's title), or null. */
  title: string | null;
  paragraphs: string[];
  items: string[];
  table: ViewTable | null;
  /** The leader's own words (an experiment's note, the review's reflection), shown as a quote. */
  quote: { label: string; text: string } | null;
};

export type ReflectionPart = { heading: string; blocks: ReflectionBlock[] };

export type ExperimentsReviewSection = { heading: string; intro: string; parts: ReflectionPart[] };

/** The private records a report may draw on; the app reads them only when the leader included something. */
export type ReflectionInput = { experiments: readonly Experiment[]; reviews: readonly Review[] };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const block = (over: Partial<ReflectionBlock>): ReflectionBlock => ({ title: null, paragraphs: [], items: [], table: null, quote: null, ...over });

/** The experiment's measure as the manager reads it: "Hands-on work at least 25 % of the week". */
export function neutralMeasureLabel(measure: Experiment["measure"]): string {
  return measureLabel(measure).replace(/\byour\b/g, "the");
}

const SUBJECTS: Record<Experiment["measure"]["kind"], string> = {
  executionShareAtLeast: "Hands-on work",
  mentoringShareAtLeast: "Mentoring",
  meetingsShareAtMost: "Meetings",
  lowValueMeetingHoursAtMost: "Low-value meetings",
  totalHoursAtMost: "Working hours",
  managerOneOnOneEveryOtherWeek: "A 1:1 with the manager",
  trainingOrPeerTime: "Training, coaching or peer time",
};

const rating = (v: number) => `${(Math.round(v * 10) / 10).toFixed(1)} of 5`;

function valueText(c: Comparison, v: number): string {
  switch (c.unit) {
    case "percent":
      return `${Math.round(v)} % of the week`;
    case "hours":
      return `${formatHours(Math.round(v * 4) / 4)} a week`;
    case "share-of-weeks":
      return `${Math.round(v * 100)} % of weeks`;
    case "rating":
      return rating(v);
  }
}

/** One comparison of the result card, reworded for the manager. */
export function comparisonSentence(c: Comparison, kind: Experiment["measure"]["kind"]): string {
  const who = c.id === "measure" ? SUBJECTS[kind] : c.id === "energy" ? "Energy (the mean of the three energy ratings)" : "Satisfaction";
  if (c.during === null) return `${who}: no answer in the experiment weeks to compare.`;
  if (c.before === null) return `${who}: no weeks before the experiment to compare with.`;
  const what = `${who}: ${valueText(c, c.during)} in the ${plural(c.duringWeeks, "experiment week")}, against ${valueText(c, c.before)} in the ${plural(c.beforeWeeks, "week")} before`;
  if (c.certainty === "too-few") return `${what}; ${plural(Math.min(c.duringWeeks, c.beforeWeeks), "week")} is too few to be sure.`;
  if (c.certainty === "unclear") return `${what}; within the usual week-to-week ups and downs, so it may be chance.`;
  return `${what}: a difference larger than the usual ups and downs.`;
}

const OUTCOME_WORDS = { kept: "kept", adjusted: "adjusted (tried again in a changed form)", dropped: "dropped" } as const;

function statusText(e: Experiment, result: ExperimentResult, name: string, asOf: string): string {
  if (e.outcome) return `${name} ${OUTCOME_WORDS[e.outcome]} it${e.endedWeek ? ` in ${e.endedWeek}` : ""}.`;
  const phase = experimentPhase(e, asOf);
  if (phase === "ready") return `Its weeks are over; ${name} has not decided yet whether to keep, adjust or drop it.`;
  return `Still running as of ${asOf} (week ${result.span.calendarWeeks} of ${e.weeks}).`;
}

function experimentBlock(e: Experiment, checkins: readonly Checkin[], asOf: string, name: string, withNote: boolean): ReflectionBlock {
  const result = experimentResult(e, checkins, { asOf });
  const label = neutralMeasureLabel(e.measure);
  const { target, adherence } = result;
  const items: string[] = [];
  items.push(
    target.of === 0
      ? `No logged week of the experiment says whether “${label}” was reached.`
      : `“${label}” was ${target.reached ? "" : "not "}reached: ${target.metWeeks} of ${plural(target.of, "logged week")}.`,
  );
  items.push(...result.comparisons.map((c) => comparisonSentence(c, e.measure.kind)));
  const answered = adherence.yes + adherence.partly + adherence.no;
  items.push(
    answered === 0
      ? `${name} has not said yet whether it was done.`
      : `${name} did it in ${plural(adherence.yes, "week")}, partly in ${adherence.partly} and not in ${adherence.no}${adherence.unanswered ? `; ${plural(adherence.unanswered, "week")} unanswered` : ""}.`,
  );
  return block({
    title: e.title,
    paragraphs: [`${result.span.from} – ${result.span.to}, ${plural(e.weeks, "week")} planned · measure: ${label}. ${statusText(e, result, name, asOf)}`],
    items,
    quote: withNote && e.note ? { label: `${name}'s note`, text: e.note } : null,
  });
}

const MEASURES: Record<InsightMeasure, string> = {
  satisfaction: "satisfaction",
  teamGrowthJoy: "joy from the team's growth",
  skillConfidence: "skill confidence",
  energyMeetings: "energy from meetings",
  energyExecution: "energy from hands-on work",
  energyMentoring: "energy from mentoring",
};

/** An insight finding about the leader: "In weeks with more hands-on work (≥ 30 % of the week) satisfaction was 1.4 points higher …". */
export function findingSentence(f: InsightFinding): string {
  const direction = f.difference > 0 ? "higher" : "lower";
  return `In ${DRIVER_PHRASES[f.driver](f.threshold, "the week")} ${MEASURES[f.measure]} was ${Math.abs(f.difference).toFixed(1)} points ${direction} (${f.highMean.toFixed(1)} vs ${f.lowMean.toFixed(1)}, ${f.highWeeks} and ${f.lowWeeks} weeks).`;
}

const splitText = (s: SplitAverage) =>
  s ? `${s.execution} % hands-on, ${s.meetings} % meetings, ${s.mentoring} % mentoring, ${formatHours(s.hours)} a week (${plural(s.weeks, "week")} logged)` : "no weeks logged";

function reviewPart(input: { profile: Profile; checkins: readonly Checkin[]; reflection: ReflectionInput }, range: { from: string; to: string }, withReflection: boolean): ReflectionPart {
  const name = input.profile.displayName;
  const inRange = input.reflection.reviews.filter((r) => compareIsoWeeks(r.week, range.from) >= 0 && compareIsoWeeks(r.week, range.to) <= 0);
  const saved = inRange.sort((a, b) => compareIsoWeeks(a.week, b.week)).at(-1) ?? null;
  const asOf = saved?.week ?? range.to;
  const checkins = input.checkins.filter((c) => compareIsoWeeks(c.week, asOf) <= 0);
  // Wellbeing checks are never handed to the review here: its wellbeing trend stays empty.
  const view = buildReviewView({ profile: input.profile, checkins, experiments: input.reflection.experiments, wellbeingChecks: [], asOf });
  const blocks: ReflectionBlock[] = [];
  blocks.push(
    block({
      paragraphs: [
        saved
          ? `${name} saved this review in ${saved.week}, week ${view.weekOfLeading} of leading; it looks at ${view.period.from} – ${view.period.to} against the quarter before.`
          : `${name} saved no review in this range; this is the review built from the weeks as of ${asOf} (week ${view.weekOfLeading} of leading), ${view.period.from} – ${view.period.to} against the quarter before.`,
      ],
    }),
  );
  const findings = [...view.energizing, ...view.draining];
  blocks.push(
    block({
      title: "What energized and what drained",
      paragraphs: findings.length ? [] : ["No difference between kinds of weeks stands out yet from the usual week-to-week ups and downs (or there are not enough logged weeks to compare)."],
      items: findings.map(findingSentence),
    }),
  );
  blocks.push(
    block({
      title: "How the weeks and signs moved",
      paragraphs: [`This quarter: ${splitText(view.split.now)}.`, `The quarter before: ${splitText(view.split.before)}.`],
      table: {
        caption: "Warning signs a quarter ago and now",
        columns: ["Sign", "A quarter ago", "Now"],
        rows: view.signs.map((s) => ({ header: s.title, cells: [s.before ?? "–", s.now] })),
      },
    }),
  );
  const tried = view.experiments.map((e) => `${e.title}: ${e.outcome ? OUTCOME_WORDS[e.outcome] : "still running"}.`);
  const quarterTitles = new Set(view.experiments.map((e) => e.title));
  const keptBefore = view.keptSteps.filter((t) => !quarterTitles.has(t));
  blocks.push(
    block({
      title: "What was tried",
      paragraphs: [
        ...(tried.length ? [] : ["No experiments in this quarter."]),
        ...(keptBefore.length ? [`Steps ${name} kept from earlier quarters: ${keptBefore.join("; ")}.`] : []),
      ],
      items: tried,
    }),
  );
  if (saved?.leaning) blocks.push(block({ title: "The path leaned towards", paragraphs: [`${REVIEW_PATH_TITLES[saved.leaning]}, as of ${saved.week}. Not a decision: a direction to talk about.`] }));
  if (withReflection && saved?.reflection) blocks.push(block({ quote: { label: `${name}'s written reflection`, text: saved.reflection } }));
  return { heading: "Quarterly review", blocks };
}

/**
 * The section, or null when the leader included neither. Experiments shown are those whose weeks
 * overlap the range (started by its end), judged as of the range's last week; the review is the
 * latest saved in the range (else the one the weeks give as of the range's end).
 */
export function experimentsReviewSection(
  input: { profile: Profile; checkins: readonly Checkin[]; reflection: ReflectionInput | undefined },
  { from, to, include, includeNotes }: { from: string; to: string; include: ReadonlySet<ReportInclusion>; includeNotes: boolean },
): ExperimentsReviewSection | null {
  const reflection = input.reflection;
  if (!reflection || (!include.has("experiments") && !include.has("review"))) return null;
  const name = input.profile.displayName;
  const parts: ReflectionPart[] = [];
  if (include.has("experiments")) {
    const upTo = input.checkins.filter((c) => compareIsoWeeks(c.week, to) <= 0);
    const shown = reflection.experiments.filter((e) => compareIsoWeeks(e.startWeek, to) <= 0 && compareIsoWeeks(lastExperimentWeek(e), from) >= 0);
    parts.push({
      heading: "Experiments",
      blocks: shown.length
        ? shown.map((e) => experimentBlock(e, upTo, to, name, includeNotes))
        : [block({ paragraphs: [`No experiment ran between ${from} and ${to}.`] })],
    });
  }
  if (include.has("review")) parts.push(reviewPart({ ...input, reflection }, { from, to }, include.has("reflection")));
  const what = [include.has("experiments") ? "experiments" : null, include.has("review") ? "quarterly review" : null].filter(Boolean).join(" and ");
  return {
    heading: include.has("experiments") && include.has("review") ? "Experiments and quarterly review" : include.has("experiments") ? "Experiments" : "Quarterly review",
    intro: `${name} chose to include their ${what}: steps tried for a few weeks and what the logged weeks showed, self-reported. Small numbers of weeks are read with caution.`,
    parts,
  };
}
