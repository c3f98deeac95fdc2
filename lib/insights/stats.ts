import { seededRandom } from "../random";

// Two statistics that differ by less than this are ties (sums of quarter hours and whole ratings).
const TIE = 1e-9;

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length === 0 ? Number.NaN : sum / values.length;
}

/**
 * Holm's step-down procedure: which of the p-values stay significant at familywise level `alpha`.
 * Valid under any dependence between the tests.
 */
export function holm(pValues: readonly number[], alpha: number): boolean[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const rejected = new Array<boolean>(pValues.length).fill(false);
  const m = pValues.length;
  for (let k = 0; k < m; k++) {
    if (order[k]!.p > alpha / (m - k)) break;
    rejected[order[k]!.i] = true;
  }
  return rejected;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** Above this many label arrangements the two-sample test samples instead of enumerating. */
export const MAX_EXACT_ARRANGEMENTS = 20_000;

/**
 * Two-sided permutation p-value for the difference in means of `a` and `b`: the share of all ways
 * to split the pooled values into groups of their sizes whose difference is at least as large as
 * the observed one. Exact (every split enumerated) up to MAX_EXACT_ARRANGEMENTS splits, otherwise
 * `samples` seeded random splits, (1 + count) / (1 + samples).
 */
export function twoSamplePValue(a: readonly number[], b: readonly number[], { seed = 1, samples = 10_000 } = {}): number {
  const n = a.length + b.length;
  if (a.length === 0 || b.length === 0) return 1;
  const pooled = [...a, ...b];
  const total = pooled.reduce((s, v) => s + v, 0);
  const k = a.length;
  const observed = Math.abs(mean(a) - mean(b));
  const differenceOf = (sumA: number) => Math.abs(sumA / k - (total - sumA) / (n - k));
  if (binomial(n, k) <= MAX_EXACT_ARRANGEMENTS) {
    let count = 0;
    let all = 0;
    const pick = (start: number, left: number, sum: number) => {
      if (left === 0) {
        all++;
        if (differenceOf(sum) >= observed - TIE) count++;
        return;
      }
      for (let i = start; i <= n - left; i++) pick(i + 1, left - 1, sum + pooled[i]!);
    };
    pick(0, k, 0);
    return count / all;
  }
  const random = seededRandom(seed);
  const index = Array.from({ length: n }, (_, i) => i);
  let count = 0;
  for (let s = 0; s < samples; s++) {
    let sum = 0;
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (n - i));
      const t = index[i]!;
      index[i] = index[j]!;
      index[j] = t;
      sum += pooled[index[i]!]!;
    }
    if (differenceOf(sum) >= observed - TIE) count++;
  }
  return (1 + count) / (1 + samples);
}

/** One stratum (a run of consecutive weeks) of a stratified test: its values and how many of them are "high". */
type Stratum = { values: Float64Array; high: number; total: number; weight: number };

export type StratifiedResult = {
  /** Weighted mean over strata of (mean of high − mean of low); 0 when no stratum has both. */
  effect: number;
  pValue: number;
  /** Strata holding weeks of both groups. */
  strataUsed: number;
};

/**
 * Permutation test of "the high weeks differ from the low weeks" that only swaps labels between
 * weeks of the same stratum, so slow drifts over months (which move both the driver and the
 * measure) cannot pass for an effect. The statistic is the stratum-weighted difference in means
 * (weights n_high·n_low / n, as in a Mantel–Haenszel estimate); two-sided; p = (1 + count) / (1 + permutations).
 */
export function stratifiedPermutationTest(
  values: readonly number[],
  isHigh: readonly boolean[],
  strata: readonly number[],
  { seed, permutations }: { seed: number; permutations: number },
): StratifiedResult {
  const byStratum = new Map<number, { high: number[]; low: number[] }>();
  values.forEach((v, i) => {
    const s = strata[i]!;
    let group = byStratum.get(s);
    if (!group) byStratum.set(s, (group = { high: [], low: [] }));
    (isHigh[i] ? group.high : group.low).push(v);
  });
  const used: Stratum[] = [];
  let weightSum = 0;
  let effect = 0;
  for (const key of [...byStratum.keys()].sort((a, b) => a - b)) {
    const { high, low } = byStratum.get(key)!;
    if (high.length === 0 || low.length === 0) continue;
    const n = high.length + low.length;
    const weight = (high.length * low.length) / n;
    const all = Float64Array.from([...high, ...low]);
    const total = all.reduce((s, v) => s + v, 0);
    used.push({ values: all, high: high.length, total, weight });
    weightSum += weight;
    effect += weight * (mean(high) - mean(low));
  }
  if (used.length === 0) return { effect: 0, pValue: 1, strataUsed: 0 };
  effect /= weightSum;
  const observed = Math.abs(effect);
  const random = seededRandom(seed);
  const indexes = used.map((s) => Int32Array.from({ length: s.values.length }, (_, i) => i));
  let count = 0;
  for (let p = 0; p < permutations; p++) {
    let t = 0;
    for (let s = 0; s < used.length; s++) {
      const { values: v, high, total, weight } = used[s]!;
      const n = v.length;
      const low = n - high;
      // Draw the smaller group: the other one's sum follows from the stratum's total.
      const draw = Math.min(high, low);
      const index = indexes[s]!;
      let sum = 0;
      for (let i = 0; i < draw; i++) {
        const j = i + Math.floor(random() * (n - i));
        const tmp = index[i]!;
        index[i] = index[j]!;
        index[j] = tmp;
        sum += v[index[i]!]!;
      }
      const highSum = draw === high ? sum : total - sum;
      t += weight * (highSum / high - (total - highSum) / low);
    }
    if (Math.abs(t / weightSum) >= observed - TIE) count++;
  }
  return { effect, pValue: (1 + count) / (1 + permutations), strataUsed: used.length };
}
