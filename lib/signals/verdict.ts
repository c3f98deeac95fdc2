import type { Profile } from "../validation/profile";
import type { SignalsConfig } from "./config";
import { clamp } from "./math";

export type RuleContext = { profile: Profile; config: SignalsConfig };

/**
 * One sign at one week. `raw` is each part's 0–1 reading of its measure; `values` is what counts
 * after the part's own factors (energy, enjoyment, tenure, the lead parts' cap); `factor` multiplies
 * the whole sign; the score is 0–100.
 */
export type Verdict<K extends string = string> = {
  raw: Record<K, number>;
  values: Record<K, number>;
  factor: number;
  score: number;
};

/** A verdict to fill in; the engine keeps one per sign and refills it every week instead of allocating. */
export function newVerdict<K extends string>(keys: readonly K[]): Verdict<K> {
  const raw = {} as Record<K, number>;
  const values = {} as Record<K, number>;
  for (const key of keys) {
    raw[key] = 0;
    values[key] = 0;
  }
  return { raw, values, factor: 1, score: 0 };
}

/**
 * Sets the verdict's factor and its 0–100 score from the weighted sum of its values. Each sign
 * writes its sum out by hand: a generic loop over five object shapes costs more than the scoring.
 */
export function settle<K extends string>(v: Verdict<K>, weightedSum: number, factor = 1): Verdict<K> {
  v.factor = factor;
  v.score = Math.round(clamp(100 * factor * weightedSum, 0, 100));
  return v;
}

/** One evidence sentence; the id names the rule that wrote it (tests check every id is reachable). */
export type EvidenceLine = { id: string; text: string };

/**
 * Evidence lines for a verdict: a part is named once its reading reaches minPart, strongest
 * contribution first, then notes. Any score at watch has a part at or above watchFrom / 100.
 */
export class Evidence<K extends string> {
  private readonly parts: { contribution: number; line: EvidenceLine }[] = [];
  private readonly notes: EvidenceLine[] = [];

  constructor(
    private readonly verdict: Verdict<K>,
    private readonly weights: Record<K, number>,
    private readonly minPart: number,
  ) {}

  /** Names a part; `reading` overrides the part's raw reading for a part made of several measures. */
  part(key: K, id: string, text: () => string, reading = this.verdict.raw[key]): this {
    if (reading > 0 && reading >= this.minPart) {
      const share = this.verdict.raw[key] > 0 ? reading / this.verdict.raw[key] : 0;
      this.parts.push({ contribution: this.verdict.values[key] * this.weights[key] * Math.min(1, share), line: { id, text: text() } });
    }
    return this;
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** A context line, kept only when some part was named. */
  note(id: string, text: string): this {
    if (!this.isEmpty) this.notes.push({ id, text });
    return this;
  }

  lines(): EvidenceLine[] {
    return [...this.parts.sort((a, b) => b.contribution - a.contribution).map((p) => p.line), ...this.notes];
  }
}

/** The part that adds most to the score, among `keys`; null when none adds anything. */
export function strongestPart<K extends string>(v: Verdict<K>, weights: Record<K, number>, keys: readonly K[]): K | null {
  let best: K | null = null;
  let bestContribution = 0;
  for (const key of keys) {
    const contribution = v.values[key] * weights[key];
    if (contribution > bestContribution) {
      best = key;
      bestContribution = contribution;
    }
  }
  return best;
}

export const formatPct = (value: number) => `${Math.round(value)} %`;
export const formatRating = (value: number) => value.toFixed(1);
export const formatRate = (value: number) => (Math.abs(value) >= 1 ? value.toFixed(1) : value.toFixed(2));
export const formatHoursShort = (value: number) => `${Math.round(value)} h`;
export const weeksText = (count: number) => (count === 1 ? "1 week" : `${count} weeks`);
export const lastWeeks = (count: number) => (count === 1 ? "your last logged week" : `your last ${count} logged weeks`);
