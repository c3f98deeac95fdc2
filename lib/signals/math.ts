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

/** Median of the answered (non-NaN) values; NaN when none are. Small inputs only (the baseline window). */
export function medianOf(values: readonly number[]): number {
  const present = values.filter((v) => v === v).sort((a, b) => a - b);
  const n = present.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? present[mid]! : (present[mid - 1]! + present[mid]!) / 2;
}

/**
 * Mean of the values after dropping the lowest and highest quarter (rounded up, always keeping
 * the middle one or two); NaN when empty.
 */
export function interquartileMean(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.min(Math.ceil(sorted.length / 4), Math.floor((sorted.length - 1) / 2));
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.length === 0 ? NaN : kept.reduce((a, b) => a + b, 0) / kept.length;
}

/** 1 through `fullThrough`, a smoothstep down to `floor` at `floorFrom`, flat after. */
export function smoothTaper(x: number, fullThrough: number, floorFrom: number, floor: number): number {
  if (x <= fullThrough) return 1;
  if (x >= floorFrom) return floor;
  const t = (x - fullThrough) / (floorFrom - fullThrough);
  return 1 - (1 - floor) * t * t * (3 - 2 * t);
}

/** Counts of whole-number ratings 1–5: an interquartile mean over any number of weeks in O(5). */
export class RatingHistogram {
  private readonly counts = new Int32Array(6);
  private total = 0;

  add(rating: number) {
    if (rating === rating) {
      this.counts[rating]!++;
      this.total++;
    }
  }

  get size(): number {
    return this.total;
  }

  /** Same trimming as interquartileMean; NaN when empty. */
  interquartileMean(): number {
    const n = this.total;
    if (n === 0) return NaN;
    const cut = Math.min(Math.ceil(n / 4), Math.floor((n - 1) / 2));
    let skip = cut;
    let keep = n - 2 * cut;
    let sum = 0;
    for (let r = 1; r <= 5 && keep > 0; r++) {
      let count = this.counts[r]!;
      const skipped = Math.min(skip, count);
      skip -= skipped;
      count -= skipped;
      const taken = Math.min(keep, count);
      sum += taken * r;
      keep -= taken;
    }
    return sum / (n - 2 * cut);
  }
}
