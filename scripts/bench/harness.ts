import type { Db } from "../../db/client";

export type Summary = {
  section: string;
  operation: string;
  samples: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  goalP95Ms?: number;
};

export type BenchContext = {
  db: Db;
  leaderIds: string[];
  /** The seeded weeks, oldest first; every leader has a row for each. */
  weeks: string[];
  iterations: number;
  warmup: number;
  random: () => number;
};

/** One group of measurements; register new ones in scripts/bench.ts. */
export type BenchSection = {
  name: string;
  run(ctx: BenchContext): Promise<Summary[]>;
};

/** Deterministic PRNG (mulberry32) so two runs seed and pick the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sortedMs.length) - 1;
  return sortedMs[Math.min(Math.max(rank, 0), sortedMs.length - 1)]!;
}

export function summarize(
  section: string,
  operation: string,
  samplesMs: number[],
  goalP95Ms?: number,
): Summary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    section,
    operation,
    samples: sorted.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1) ?? Number.NaN,
    goalP95Ms,
  };
}

/**
 * Times `run` once per prepared input after `warmup` untimed calls; inputs are built
 * before timing so only the operation itself is measured.
 */
export async function timeEach<T>(
  inputs: T[],
  warmup: number,
  run: (input: T) => Promise<unknown>,
): Promise<number[]> {
  for (let i = 0; i < Math.min(warmup, inputs.length); i++) await run(inputs[i]!);
  const samples: number[] = [];
  for (const input of inputs.slice(warmup)) {
    const start = process.hrtime.bigint();
    await run(input);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

export function formatMs(ms: number): string {
  return Number.isNaN(ms) ? "-" : ms.toFixed(3);
}

export function renderTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
