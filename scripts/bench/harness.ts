import { mkdirSync } from "node:fs";
import { join } from "node:path";

export type Goal = { stat: "median" | "p95"; ms: number };

export type Summary = {
  operation: string;
  samples: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  goal?: Goal;
};

export type Table = { title: string; headers: string[]; rows: string[][] };

/** One line of the closing verdict: what the issue asks for and what this run measured. */
export type GoalResult = { goal: string; measured: string; isMet: boolean };

export type SectionReport = { tables: Table[]; goals: GoalResult[] };

export type BenchOptions = {
  leaders: number;
  weeks: number;
  bigCheckins: number;
  bigWeeks: number;
  requests: number;
  concurrency: number;
  seconds: number;
  port: number;
  build: boolean;
  /** An administrator's URL of a PostgreSQL server for the PostgreSQL sections; a throwaway cluster when unset. */
  pg?: string;
};

export type BenchContext = {
  options: BenchOptions;
  iterations: number;
  warmup: number;
  random: () => number;
  /** A fresh directory inside the run's temporary folder, removed at the end unless --keep. */
  tempDir(name: string): string;
  /** Runs at the end of the run, also after an error or Ctrl-C; must be synchronous-safe. */
  onCleanup(cleanup: () => void | Promise<void>): void;
};

/** One group of measurements; register new ones in scripts/bench.ts. */
export type BenchSection = {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<SectionReport>;
};

export function makeTempDir(root: string, name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Progress for the person watching; stdout carries only the results. */
export function log(message: string): void {
  console.error(`[bench] ${message}`);
}

/** Deterministic PRNG (mulberry32) so two runs seed and pick the same data: the one lib/insights uses. */
export { seededRandom } from "../../lib/random";

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sortedMs.length) - 1;
  return sortedMs[Math.min(Math.max(rank, 0), sortedMs.length - 1)]!;
}

export function summarize(operation: string, samplesMs: number[], goal?: Goal): Summary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    operation,
    samples: sorted.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1) ?? Number.NaN,
    goal,
  };
}

export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
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
    samples.push(elapsedMs(start));
  }
  return samples;
}

/** Times the same call `runs` times after `warmup` untimed calls. */
export function timeRepeated(runs: number, warmup: number, run: () => unknown): Promise<number[]> {
  return timeEach(new Array<number>(warmup + runs).fill(0), warmup, async () => run());
}

/**
 * Times several operations in the same loop, rotating which goes first each round, so that
 * drift in the machine's load (other processes, GC, CPU clock) hits all of them alike.
 */
export async function timeInterleaved(
  operations: Record<string, () => unknown>,
  rounds: number,
  warmup: number,
): Promise<Record<string, number[]>> {
  const names = Object.keys(operations);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      const start = process.hrtime.bigint();
      await operations[name]!();
      const ms = elapsedMs(start);
      if (round >= warmup) samples[name]!.push(ms);
    }
  }
  return samples;
}

export function formatMs(ms: number): string {
  return Number.isNaN(ms) ? "-" : ms.toFixed(3);
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

export function formatKb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

export function goalText(goal: Goal): string {
  return `${goal.stat} < ${goal.ms} ms`;
}

function goalValue(summary: Summary, goal: Goal): number {
  return goal.stat === "median" ? summary.medianMs : summary.p95Ms;
}

/** The section's timing goals as closing-verdict lines. */
export function timingGoals(section: string, timings: Summary[]): GoalResult[] {
  return timings.flatMap((t) => {
    if (!t.goal) return [];
    const value = goalValue(t, t.goal);
    return [{ goal: `${section}: ${t.operation.trim()}, ${goalText(t.goal)}`, measured: `${formatMs(value)} ms`, isMet: value < t.goal.ms }];
  });
}

export function timingTable(title: string, timings: Summary[]): Table {
  return {
    title,
    headers: ["operation", "n", "median ms", "p95 ms", "max ms", "goal"],
    rows: timings.map((t) => [
      t.operation,
      formatCount(t.samples),
      formatMs(t.medianMs),
      formatMs(t.p95Ms),
      formatMs(t.maxMs),
      t.goal ? `${goalValue(t, t.goal) < t.goal.ms ? "met" : "MISSED"} (${goalText(t.goal)})` : "",
    ]),
  };
}

/** Left-aligns the first column and any column whose header starts with "~"; numbers go right. */
export function renderTable(headers: string[], rows: string[][]): string {
  const left = headers.map((h, i) => i === 0 || h.startsWith("~"));
  const shown = headers.map((h) => h.replace(/^~/, ""));
  const widths = shown.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (left[i] ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(shown), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
