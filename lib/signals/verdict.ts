import type { SignId } from "../enums";
import type { Profile } from "../validation/profile";
import type { SignalsConfig } from "./config";
import { clamp, weightedSum } from "./math";

export type RuleContext = { profile: Profile; config: SignalsConfig };

/** One sign at one week: each part's 0–1 value, the multiplier applied on top, and the 0–100 score. */
export type Verdict<K extends string = string> = {
  values: Record<K, number>;
  factor: number;
  score: number;
};

export function toVerdict<K extends string>(
  values: Record<K, number>,
  weights: Record<K, number>,
  factor: number,
  dataWeight: number,
): Verdict<K> {
  const score = Math.round(clamp(100 * dataWeight * factor * weightedSum(values, weights), 0, 100));
  return { values, factor, score };
}

/**
 * Evidence lines for a verdict: a part is named once its value reaches minPart, strongest
 * contribution first, then notes. Any score at watch has a part at or above watchFrom / 100.
 */
export class Evidence<K extends string> {
  private readonly parts: { contribution: number; text: string }[] = [];
  private readonly notes: string[] = [];

  constructor(
    private readonly verdict: Verdict<K>,
    private readonly weights: Record<K, number>,
    private readonly minPart: number,
  ) {}

  /** Names a part; `value` overrides the part's own for a part made of several measures. */
  part(key: K, text: () => string, value = this.verdict.values[key]): this {
    if (value > 0 && value >= this.minPart) {
      this.parts.push({ contribution: value * this.weights[key], text: text() });
    }
    return this;
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  note(text: string): this {
    if (!this.isEmpty) this.notes.push(text);
    return this;
  }

  lines(): string[] {
    return [...this.parts.sort((a, b) => b.contribution - a.contribution).map((p) => p.text), ...this.notes];
  }
}

export const SIGN_NAMES: Record<SignId, string> = {
  "missed-executing": "missing hands-on work",
  "skills-slipping": "skills slipping",
  "meetings-politics": "meetings and politics",
  "not-set-up": "not set up for success",
  "doesnt-like-it": "not enjoying the role",
};

export const formatPct = (value: number) => `${Math.round(value)} %`;
export const formatRating = (value: number) => value.toFixed(1);
export const formatRate = (value: number) => (Math.abs(value) >= 1 ? value.toFixed(1) : value.toFixed(2));
export const lastWeeks = (count: number) => (count === 1 ? "your last logged week" : `your last ${count} logged weeks`);
