/**
 * What one calendar import may cost. Real exports stay far below every cap (a 5 MB Google export
 * of 10,000 events uses under a tenth of each); docs/limits.md explains each number.
 */
export const CALENDAR_LIMITS = {
  /** Counted before parsing, from the raw lines. */
  maxComponents: 200_000,
  maxContentLines: 1_000_000,
  maxNestingDepth: 8,
  maxTimezones: 1_000,
  maxObservancesPerTimezone: 1_000,
  maxParametersPerLine: 1_000,
  /** Offset changes of one VTIMEZONE expanded up to the week; beyond this the zone is not used. */
  maxTransitionsPerTimezone: 5_000,
  /** Candidate dates a recurrence rule may examine for one series; beyond this the series is left out. */
  maxStepsPerSeries: 20_000,
  /** Candidate dates for the whole file (all series and time zones); beyond this the file is refused. */
  maxStepsTotal: 500_000,
  /** Occurrences of one series near the week; beyond this the series is left out. */
  maxOccurrencesPerSeries: 1_000,
  /** RDATE and EXDATE values of one series; beyond this the series is left out. */
  maxDateValuesPerSeries: 10_000,
  /** Timed events in the week; beyond this the file is refused. */
  maxEventsInWeek: 5_000,
} as const;

export type CalendarLimits = { [K in keyof typeof CALENDAR_LIMITS]: number };

/** The soft budget the parser checks itself; the worker running it is terminated at WORKER_LIMITS.deadlineMs. */
export const DEFAULT_BUDGET_MS = 4_500;

export const WORKER_LIMITS = {
  /** From the start of the import in the worker to its answer; then it is terminated, whatever it is doing. */
  deadlineMs: 5_000,
  /** For the worker thread to load its code (tens of milliseconds from a build, more through tsx). */
  startupMs: 15_000,
  /** A worker that answered in time serves the next import (warm code), up to this many imports. */
  maxJobsPerWorker: 50,
  /** V8 heap of one worker (old generation); past it the worker dies alone. */
  maxHeapMb: 256,
  /** Imports that may wait for a free worker; the next one is refused at once. */
  maxQueued: 8,
  /** How long an import may wait for a free worker before it is refused. */
  maxWaitMs: 10_000,
} as const;

export function tooSlowMessage(budgetMs: number): string {
  return `The calendar took longer than ${budgetMs / 1000} s to read. Export a shorter date range (for example the last three months) and try again.`;
}

/** Workers at once: one core stays free for pages; at least one, at most four. */
export function workerConcurrency(cpus: number): number {
  return Math.min(4, Math.max(1, cpus - 1));
}
