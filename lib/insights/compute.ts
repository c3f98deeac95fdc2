import { isAwayWeek, totalHours } from "../checkin";
import { formatHours } from "../format";
import { addIsoWeeks, compareIsoWeeks, isValidIsoWeek, isoWeekToOrdinal } from "../iso-week";
import type { Checkin } from "../validation/checkin";
import { INSIGHT_DRIVERS, INSIGHT_MEASURES, INSIGHTS_CONFIG, type InsightDriver, type InsightMeasure, type InsightsConfig } from "./config";
import { seedFor } from "../random";
import { holm, mean, stratifiedPermutationTest } from "./stats";

export type InsightDirection = "higher" | "lower";

/** A difference that passed the rule; the first seven keys are the CLI contract. */
export type InsightFinding = {
  driver: InsightDriver;
  measure: InsightMeasure;
  direction: InsightDirection;
  highWeeks: number;
  lowWeeks: number;
  /** Mean of the high weeks minus mean of the low weeks, both rounded to 0.1 first, in rating points. */
  difference: number;
  sentence: string;
  highMean: number;
  lowMean: number;
  /** The split: a week counts as "more" at or above this (whole % of the week, or hours). */
  threshold: number;
  /** The difference within runs of blockWeeks weeks, which the test judges. */
  withinEffect: number;
  pValue: number;
};

export type PairStatus = "finding" | "not-enough-weeks" | "no-contrast" | "no-clear-difference";

export type PairResult = {
  driver: InsightDriver;
  measure: InsightMeasure;
  status: PairStatus;
  threshold: number | null;
  highWeeks: number;
  lowWeeks: number;
  highMean: number | null;
  lowMean: number | null;
  pValue: number | null;
};

export type InsightsStatus = "not-enough-weeks" | "no-findings" | "findings";

export type Insights = {
  /** null only without check-ins and without an asOf. */
  asOf: string | null;
  window: { from: string; to: string } | null;
  /** Logged, non-away weeks in the window. */
  usableWeeks: number;
  /** Pairs with enough weeks that were tested: the family Holm guards. */
  tested: number;
  status: InsightsStatus;
  summary: string;
  /** Strongest first. */
  findings: InsightFinding[];
  /** Every driver × measure pair, in the grid's order. */
  pairs: PairResult[];
};

export type InsightsInput = { checkins: readonly Checkin[] };
export type InsightsOptions = { asOf?: string; config?: Partial<InsightsConfig> };

type Week = { ordinal: number; checkin: Checkin };

const share = (c: Checkin, part: "execution" | "meetings" | "mentoring") => Math.round((100 * c.hours[part]) / totalHours(c.hours));

/** A driver's value as the sentence shows it (whole percent, quarter hours), or null when the week says nothing about it. */
const DRIVER_VALUES: Record<InsightDriver, (c: Checkin) => number | null> = {
  execution: (c) => share(c, "execution"),
  meetings: (c) => share(c, "meetings"),
  mentoring: (c) => share(c, "mentoring"),
  totalHours: (c) => totalHours(c.hours),
  lowValueMeetings: (c) => c.lowValueMeetingHours,
};

const MEASURE_VALUES: Record<InsightMeasure, (c: Checkin) => number | null> = {
  satisfaction: (c) => c.satisfaction,
  teamGrowthJoy: (c) => c.teamGrowthJoy,
  skillConfidence: (c) => c.skillConfidence,
  energyMeetings: (c) => c.energy.meetings,
  energyExecution: (c) => c.energy.execution,
  energyMentoring: (c) => c.energy.mentoring,
};

/** The weeks a driver picks out, in words; `week` is "your week" to the leader, "the week" in a report read by others. */
export const DRIVER_PHRASES: Record<InsightDriver, (threshold: number, week?: string) => string> = {
  execution: (t, week = "your week") => `weeks with more hands-on work (≥ ${t} % of ${week})`,
  meetings: (t, week = "your week") => `weeks with more meetings (≥ ${t} % of ${week})`,
  mentoring: (t, week = "your week") => `weeks with more mentoring (≥ ${t} % of ${week})`,
  totalHours: (t) => `longer weeks (≥ ${formatHours(t)})`,
  lowValueMeetings: (t) => `weeks with more low-value meetings (≥ ${formatHours(t)})`,
};

const MEASURE_PHRASES: Record<InsightMeasure, string> = {
  satisfaction: "your satisfaction",
  teamGrowthJoy: "your joy from the team's growth",
  skillConfidence: "your skill confidence",
  energyMeetings: "the energy you got from meetings",
  energyExecution: "the energy you got from hands-on work",
  energyMentoring: "the energy you got from mentoring",
};

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The split of a driver's values into "more" (≥ threshold) and "less": the cut between two of
 * its distinct values that makes the two groups most even (ties go to the lower cut). Null when
 * all weeks have the same value. One split per driver, fixed before any measure is looked at.
 */
export function balancedThreshold(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  let best: number | null = null;
  let bestGap = Infinity;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) continue;
    const gap = Math.abs(sorted.length - i - i);
    if (gap < bestGap) {
      bestGap = gap;
      best = sorted[i]!;
    }
  }
  return best;
}

function sentenceOf(driver: InsightDriver, measure: InsightMeasure, threshold: number, high: number, low: number, highWeeks: number, lowWeeks: number): { sentence: string; difference: number } {
  const hi = round1(high);
  const lo = round1(low);
  const difference = round1(hi - lo);
  const direction = difference > 0 ? "higher" : "lower";
  const phrase = DRIVER_PHRASES[driver](threshold);
  const sentence = `In ${phrase} ${MEASURE_PHRASES[measure]} was ${Math.abs(difference).toFixed(1)} points ${direction} (${hi.toFixed(1)} vs ${lo.toFixed(1)}, ${highWeeks} and ${lowWeeks} weeks).`;
  return { sentence, difference };
}

function summaryOf(status: InsightsStatus, usable: number, tested: number, findings: number, config: InsightsConfig): string {
  const needed = 2 * config.minWeeksPerSide;
  if (status === "not-enough-weeks") {
    const more = Math.max(1, needed - usable);
    return `Not enough weeks yet: comparing your weeks needs at least ${config.minWeeksPerSide} with an answer on each side of a split (${needed} logged weeks), and you have ${usable}. Log ${more} more ${more === 1 ? "week" : "weeks"}, or answer more of the ratings.`;
  }
  if (status === "no-findings") {
    return `No clear pattern yet: across ${tested} comparisons over your last ${usable} logged weeks, no difference stands out from your usual week-to-week ups and downs.`;
  }
  return findings === 1
    ? "One pattern stands out from your usual week-to-week ups and downs."
    : `${findings} patterns stand out from your usual week-to-week ups and downs.`;
}

/**
 * What energizes and drains the lead, from their own weeks: for each driver (hands-on, meetings
 * and mentoring shares, total hours, low-value meeting hours) the logged weeks of the last
 * windowWeeks are split at a balanced threshold, and each 1–5 answer is compared between the
 * weeks with more and with less. A difference is a finding only with minWeeksPerSide answered
 * weeks on each side, a seeded permutation test within blocks of blockWeeks weeks that survives
 * Holm's correction over every pair tested, and a difference of at least minDifference points.
 * Away weeks and unanswered questions are left out, never filled in. Deterministic.
 */
export function computeInsights(input: InsightsInput, options: InsightsOptions = {}): Insights {
  const config: InsightsConfig = { ...INSIGHTS_CONFIG, ...options.config };
  if (options.asOf !== undefined && !isValidIsoWeek(options.asOf)) {
    throw new RangeError(`asOf is not an ISO week such as 2026-W21: ${options.asOf}`);
  }
  let asOf = options.asOf ?? null;
  for (const c of input.checkins) if (asOf === null || (options.asOf === undefined && compareIsoWeeks(c.week, asOf) > 0)) asOf = c.week;
  const pairsEmpty = (status: PairStatus): PairResult[] =>
    INSIGHT_DRIVERS.flatMap((driver) =>
      INSIGHT_MEASURES.map((measure) => ({ driver, measure, status, threshold: null, highWeeks: 0, lowWeeks: 0, highMean: null, lowMean: null, pValue: null })),
    );
  if (asOf === null) {
    return { asOf, window: null, usableWeeks: 0, tested: 0, status: "not-enough-weeks", summary: summaryOf("not-enough-weeks", 0, 0, 0, config), findings: [], pairs: pairsEmpty("not-enough-weeks") };
  }
  const windowWeeks = Math.max(1, Math.floor(config.windowWeeks));
  const from = addIsoWeeks(asOf, -(windowWeeks - 1));
  const fromOrdinal = isoWeekToOrdinal(from);
  const toOrdinal = isoWeekToOrdinal(asOf);
  const seen = new Set<string>();
  const weeks: Week[] = [];
  for (const checkin of input.checkins) {
    if (seen.has(checkin.week) || isAwayWeek(checkin.hours)) continue;
    const ordinal = isoWeekToOrdinal(checkin.week);
    if (ordinal < fromOrdinal || ordinal > toOrdinal) continue;
    seen.add(checkin.week);
    weeks.push({ ordinal, checkin });
  }
  weeks.sort((a, b) => a.ordinal - b.ordinal);
  const blockWeeks = Math.max(1, Math.floor(config.blockWeeks));

  const pairs: PairResult[] = [];
  const tests: { index: number; pValue: number; effect: number }[] = [];
  for (const driver of INSIGHT_DRIVERS) {
    const readDriver = DRIVER_VALUES[driver];
    const withDriver = weeks.map((w) => ({ w, x: readDriver(w.checkin) })).filter((d): d is { w: Week; x: number } => d.x !== null);
    const threshold = withDriver.length >= 2 * config.minWeeksPerSide ? balancedThreshold(withDriver.map((d) => d.x)) : null;
    for (const measure of INSIGHT_MEASURES) {
      const readMeasure = MEASURE_VALUES[measure];
      const rows = threshold === null ? [] : withDriver.map((d) => ({ ...d, y: readMeasure(d.w.checkin) })).filter((d): d is { w: Week; x: number; y: number } => d.y !== null);
      const isHigh = rows.map((r) => r.x >= threshold!);
      const highWeeks = isHigh.filter(Boolean).length;
      const lowWeeks = rows.length - highWeeks;
      const highMean = highWeeks ? mean(rows.filter((_, i) => isHigh[i]).map((r) => r.y)) : null;
      const lowMean = lowWeeks ? mean(rows.filter((_, i) => !isHigh[i]).map((r) => r.y)) : null;
      const pair: PairResult = { driver, measure, status: "not-enough-weeks", threshold, highWeeks, lowWeeks, highMean, lowMean, pValue: null };
      pairs.push(pair);
      if (withDriver.length >= 2 * config.minWeeksPerSide && threshold === null) {
        pair.status = "no-contrast";
        continue;
      }
      if (threshold === null || highWeeks < config.minWeeksPerSide || lowWeeks < config.minWeeksPerSide) continue;
      const test = stratifiedPermutationTest(
        rows.map((r) => r.y),
        isHigh,
        rows.map((r) => Math.floor((r.w.ordinal - fromOrdinal) / blockWeeks)),
        { seed: seedFor(`${driver}|${measure}`, config.seed), permutations: Math.max(1, Math.floor(config.permutations)) },
      );
      if (test.strataUsed === 0) {
        pair.status = "no-contrast";
        continue;
      }
      pair.pValue = test.pValue;
      pair.status = "no-clear-difference";
      tests.push({ index: pairs.length - 1, pValue: test.pValue, effect: test.effect });
    }
  }

  const significant = holm(tests.map((t) => t.pValue), config.alpha);
  const findings: InsightFinding[] = [];
  tests.forEach((t, k) => {
    const pair = pairs[t.index]!;
    const raw = pair.highMean! - pair.lowMean!;
    if (!significant[k] || Math.sign(raw) !== Math.sign(t.effect)) return;
    if (Math.abs(raw) < config.minDifference || Math.abs(t.effect) < config.minDifference) return;
    const { sentence, difference } = sentenceOf(pair.driver, pair.measure, pair.threshold!, pair.highMean!, pair.lowMean!, pair.highWeeks, pair.lowWeeks);
    if (Math.abs(difference) < config.minDifference) return;
    pair.status = "finding";
    findings.push({
      driver: pair.driver,
      measure: pair.measure,
      direction: difference > 0 ? "higher" : "lower",
      highWeeks: pair.highWeeks,
      lowWeeks: pair.lowWeeks,
      difference,
      sentence,
      highMean: pair.highMean!,
      lowMean: pair.lowMean!,
      threshold: pair.threshold!,
      withinEffect: t.effect,
      pValue: t.pValue,
    });
  });
  findings.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.pValue - b.pValue);
  const status: InsightsStatus = findings.length > 0 ? "findings" : tests.length > 0 ? "no-findings" : "not-enough-weeks";
  return {
    asOf,
    window: { from, to: asOf },
    usableWeeks: weeks.length,
    tested: tests.length,
    status,
    summary: summaryOf(status, weeks.length, tests.length, findings.length, config),
    findings,
    pairs,
  };
}
