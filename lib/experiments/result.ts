import { isAwayWeek } from "../checkin";
import { formatHours } from "../format";
import { holm, mean, twoSamplePValue } from "../insights/stats";
import { seedFor } from "../random";
import { addIsoWeeks, compareIsoWeeks, isoWeeksBetween } from "../iso-week";
import type { Checkin } from "../validation/checkin";
import type { Experiment } from "../validation/experiment";
import { plannedLastWeek } from "../validation/experiment";
import { experimentPhase, lastExperimentWeek, type ExperimentPhase } from "./lifecycle";
import { MEASURES, measureLabel, targetReached, type MeasureUnit } from "./measures";

/** The constants of the result card; each one's reason is in docs/insights.md. */
export const EXPERIMENT_RESULT_CONFIG = {
  /** Up to this many logged weeks before the start are the comparison ("the weeks before it"). */
  baselineWeeks: 8,
  /** …taken from at most this many calendar weeks before the start, so an old stretch is not the baseline. */
  baselineLookbackWeeks: 26,
  /** Fewer weeks than this on either side: "too few to be sure", whatever the numbers say. */
  minWeeksToJudge: 4,
  /** Familywise level over the three comparisons of one result (Holm). */
  alpha: 0.05,
  /** A rating difference smaller than this is not called a change. */
  ratingDifference: 0.5,
} as const;

export type ExperimentResultConfig = typeof EXPERIMENT_RESULT_CONFIG;

export type Certainty = "too-few" | "unclear" | "clear";

export type ComparisonUnit = MeasureUnit | "rating";

export type Comparison = {
  id: "measure" | "energy" | "satisfaction";
  unit: ComparisonUnit;
  /** Mean over the experiment weeks with a value (shares in %, hours, ratings 1–5, share of weeks 0–1); null without one. */
  during: number | null;
  before: number | null;
  duringWeeks: number;
  beforeWeeks: number;
  /** during − before, null when a side has no value. */
  difference: number | null;
  /** Exact two-sided permutation p-value; null when a side has no value. */
  pValue: number | null;
  certainty: Certainty;
  sentence: string;
};

export type ExperimentResult = {
  id: string;
  title: string;
  measureLabel: string;
  phase: ExperimentPhase;
  /** The experiment's weeks so far (up to asOf) and the baseline weeks used. */
  span: { from: string; to: string; plannedWeeks: number; calendarWeeks: number };
  loggedWeeks: string[];
  baselineWeekList: string[];
  adherence: { yes: number; partly: number; no: number; unanswered: number };
  target: { metWeeks: number; of: number; reached: boolean | null };
  comparisons: Comparison[];
  /** Plain sentences, the headline first. */
  sentences: string[];
};

const oneDecimal = (v: number) => Math.round(v * 10) / 10;

function formatValue(unit: ComparisonUnit, value: number): string {
  switch (unit) {
    case "percent":
      return `${Math.round(value)} %`;
    case "hours":
      return formatHours(Math.round(value * 4) / 4);
    case "share-of-weeks":
      return `${Math.round(value * 100)} %`;
    case "rating":
      return `${oneDecimal(value).toFixed(1)} of 5`;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function energyOf(c: Checkin): number | null {
  const answered = [c.energy.meetings, c.energy.execution, c.energy.mentoring].filter((v): v is number => v !== null);
  return answered.length === 0 ? null : mean(answered);
}

function compare(id: Comparison["id"], unit: ComparisonUnit, during: number[], before: number[], seed: number): Omit<Comparison, "certainty" | "sentence"> {
  if (during.length === 0 || before.length === 0) {
    return { id, unit, during: during.length ? mean(during) : null, before: before.length ? mean(before) : null, duringWeeks: during.length, beforeWeeks: before.length, difference: null, pValue: null };
  }
  const d = mean(during);
  const b = mean(before);
  return { id, unit, during: d, before: b, duringWeeks: during.length, beforeWeeks: before.length, difference: d - b, pValue: twoSamplePValue(during, before, { seed }) };
}

const RATING_SUBJECTS = { energy: "Your energy", satisfaction: "Your satisfaction" } as const;

function sentenceFor(c: Omit<Comparison, "sentence">, subject: string): string {
  const who = c.id === "measure" ? subject : RATING_SUBJECTS[c.id];
  if (c.during === null) return `${who}: no answer in the experiment weeks to compare.`;
  if (c.before === null) return `${who}: no weeks before the experiment to compare with.`;
  const weeks = `the ${plural(c.duringWeeks, "experiment week")}`;
  const beforeWeeks = `the ${plural(c.beforeWeeks, "week")} before`;
  let what: string;
  switch (c.unit) {
    case "percent":
      what = `${who} took ${formatValue(c.unit, c.during)} of your week in ${weeks}, against ${formatValue(c.unit, c.before)} in ${beforeWeeks}`;
      break;
    case "hours":
      what = `${who} averaged ${formatValue(c.unit, c.during)} a week in ${weeks}, against ${formatValue(c.unit, c.before)} in ${beforeWeeks}`;
      break;
    case "share-of-weeks":
      what = `${who} in ${Math.round(c.during * c.duringWeeks)} of ${weeks}, against ${Math.round(c.before * 100)} % of ${beforeWeeks}`;
      break;
    case "rating":
      what = `${who} averaged ${formatValue(c.unit, c.during)} in ${weeks}, against ${oneDecimal(c.before).toFixed(1)} in ${beforeWeeks}`;
      break;
  }
  if (c.certainty === "too-few") {
    const few = Math.min(c.duringWeeks, c.beforeWeeks);
    const which = c.duringWeeks <= c.beforeWeeks ? "" : " before it";
    return `${what}; ${plural(few, "week")}${which} is too few to be sure.`;
  }
  if (c.certainty === "unclear") return `${what}; that is within your usual ups and downs, so it may be chance.`;
  return `${what}: a difference larger than your usual ups and downs.`;
}

/**
 * The result card: the experiment's logged weeks (up to asOf) against up to 8 logged weeks before
 * it, on its own measure, energy (the mean of the week's answered energies) and satisfaction. Each
 * comparison is an exact permutation test; "clear" needs at least 4 weeks a side, Holm over the
 * three comparisons at 5 %, and a difference worth naming. Away weeks count on neither side.
 */
export function experimentResult(
  experiment: Experiment,
  checkins: readonly Checkin[],
  { asOf, config = EXPERIMENT_RESULT_CONFIG }: { asOf: string; config?: ExperimentResultConfig },
): ExperimentResult {
  const definition = MEASURES[experiment.measure.kind];
  const plannedLast = plannedLastWeek(experiment);
  const lastCounted = [lastExperimentWeek(experiment), asOf].sort(compareIsoWeeks)[0]!;
  const byWeek = new Map(checkins.filter((c) => !isAwayWeek(c.hours)).map((c) => [c.week, c]));
  const duringWeeks = compareIsoWeeks(lastCounted, experiment.startWeek) < 0 ? [] : isoWeeksBetween(experiment.startWeek, lastCounted);
  const during = duringWeeks.map((w) => byWeek.get(w)).filter((c): c is Checkin => c !== undefined);
  const lookbackFrom = addIsoWeeks(experiment.startWeek, -config.baselineLookbackWeeks);
  const before = [...byWeek.values()]
    .filter((c) => compareIsoWeeks(c.week, experiment.startWeek) < 0 && compareIsoWeeks(c.week, lookbackFrom) >= 0 && compareIsoWeeks(c.week, asOf) <= 0)
    .sort((a, b) => compareIsoWeeks(a.week, b.week))
    .slice(-config.baselineWeeks);

  const values = (rows: Checkin[], read: (c: Checkin) => number | null) => rows.map(read).filter((v): v is number => v !== null);
  const seed = seedFor(experiment.id);
  const raw = [
    compare("measure", definition.unit, values(during, definition.read), values(before, definition.read), seed),
    compare("energy", "rating", values(during, energyOf), values(before, energyOf), seed + 1),
    compare("satisfaction", "rating", values(during, (c) => c.satisfaction), values(before, (c) => c.satisfaction), seed + 2),
  ];
  const tested = raw.map((c) => c.pValue ?? 1);
  const significant = holm(tested, config.alpha);
  const comparisons: Comparison[] = raw.map((c, i) => {
    const floor = c.id === "measure" ? definition.meaningfulDifference : config.ratingDifference;
    const certainty: Certainty =
      c.difference === null || c.duringWeeks < config.minWeeksToJudge || c.beforeWeeks < config.minWeeksToJudge
        ? "too-few"
        : significant[i] && Math.abs(c.difference) >= floor
          ? "clear"
          : "unclear";
    return { ...c, certainty, sentence: sentenceFor({ ...c, certainty }, definition.subject) };
  });

  const adherence = { yes: 0, partly: 0, no: 0, unanswered: 0 };
  for (const a of experiment.answers) if (compareIsoWeeks(a.week, lastCounted) <= 0) adherence[a.answer]++;
  adherence.unanswered = Math.max(0, duringWeeks.length - adherence.yes - adherence.partly - adherence.no);
  const target = targetReached(experiment.measure, values(during, definition.read));

  const phase = experimentPhase(experiment, asOf);
  const sentences: string[] = [];
  const label = measureLabel(experiment.measure);
  if (duringWeeks.length === 0) {
    sentences.push(`“${experiment.title}” starts in ${experiment.startWeek}.`);
  } else {
    const progress = phase === "running" && duringWeeks.length < experiment.weeks ? ` so far (week ${duringWeeks.length} of ${experiment.weeks})` : "";
    if (target.of === 0) sentences.push(`No logged week${progress} says whether you reached “${label}”.`);
    else
      sentences.push(
        target.reached
          ? `You reached “${label}”${progress}: ${target.metWeeks} of ${plural(target.of, "logged week")}.`
          : `You did not reach “${label}”${progress}: ${target.metWeeks} of ${plural(target.of, "logged week")}.`,
      );
    sentences.push(...comparisons.map((c) => c.sentence));
    const answered = adherence.yes + adherence.partly + adherence.no;
    sentences.push(
      answered === 0
        ? "You have not said yet whether you did it."
        : `You said you did it in ${plural(adherence.yes, "week")}, partly in ${adherence.partly} and not in ${adherence.no}${adherence.unanswered ? `; ${plural(adherence.unanswered, "week")} unanswered` : ""}.`,
    );
  }
  return {
    id: experiment.id,
    title: experiment.title,
    measureLabel: label,
    phase,
    span: { from: experiment.startWeek, to: duringWeeks.length ? lastCounted : plannedLast, plannedWeeks: experiment.weeks, calendarWeeks: duringWeeks.length },
    loggedWeeks: during.map((c) => c.week),
    baselineWeekList: before.map((c) => c.week),
    adherence,
    target,
    comparisons,
    sentences,
  };
}
