import type { Ramp } from "./config";

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** 0 at `from`, 1 at `to`, linear between and flat outside; an unknown (NaN) measure reads as 0. */
export function ramp(value: number, range: Ramp): number {
  if (!Number.isFinite(value)) return 0;
  return clamp((value - range[0]) / (range[1] - range[0]), 0, 1);
}

export function lerp(from: number, to: number, t: number): number {
  return from + (to - from) * t;
}

/** Mean of values[from..to), skipping NaN (unanswered); NaN when nothing is left. */
export function windowMean(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  let count = 0;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    if (v === v) {
      sum += v;
      count++;
    }
  }
  return count === 0 ? NaN : sum / count;
}

/** Least-squares slope per index over values[from..to), skipping NaN; NaN with fewer than minPoints. */
export function windowSlope(values: Float64Array, from: number, to: number, minPoints: number): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = from; i < to; i++) {
    const y = values[i]!;
    if (y !== y) continue;
    const x = i - from;
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  if (n < minPoints || n < 2) return NaN;
  const denominator = n * sxx - sx * sx;
  return denominator === 0 ? NaN : (n * sxy - sx * sy) / denominator;
}

/** Sum of weight × value over the weights' keys. */
export function weightedSum<K extends string>(values: Record<K, number>, weights: Record<K, number>): number {
  let sum = 0;
  for (const key in weights) sum += weights[key] * values[key];
  return sum;
}
