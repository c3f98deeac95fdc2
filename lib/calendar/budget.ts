import ICAL from "ical.js";
import { tooSlowMessage, type CalendarLimits } from "./limits";

export type CalendarImportErrorCode = "empty" | "unreadable" | "too-slow" | "too-complex";

/** A refusal of the whole file, with the message the leader sees. */
export class ImportFailure extends Error {
  constructor(
    readonly code: CalendarImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** One series needs more work than a series may take; it is left out, the rest of the file is read. */
export class SeriesTooCostly extends Error {}

// One step can cost milliseconds in ical.js (BYSETPOS over long BYDAY lists), so the clock is read often.
const CLOCK_CHECK_EVERY = 16;

/**
 * Counts the work of one import: every candidate date a recurrence rule examines (ical.js's inner
 * search included, see countRecurrenceSteps), per series and in total, and the elapsed time.
 */
export class WorkBudget {
  private total = 0;
  private series = 0;
  private inSeries = false;
  private readonly startedAt: number;

  constructor(
    private readonly limits: CalendarLimits,
    private readonly budgetMs: number,
    private readonly clock: () => number,
  ) {
    this.startedAt = clock();
  }

  step(count = 1): void {
    this.total += count;
    if (this.inSeries && (this.series += count) > this.limits.maxStepsPerSeries) throw new SeriesTooCostly();
    if (this.total > this.limits.maxStepsTotal) {
      throw new ImportFailure(
        "too-complex",
        `This calendar is too complex to read: its repeating events and time zones need more than ${this.limits.maxStepsTotal.toLocaleString("en-US")} steps. Export a shorter date range (for example the last three months) and try again.`,
      );
    }
    if (this.total % CLOCK_CHECK_EVERY < count) this.checkClock();
  }

  checkClock(): void {
    if (this.clock() - this.startedAt > this.budgetMs) throw tooSlow(this.budgetMs);
  }

  /** Runs one series' expansion with its own step count. */
  inSeriesOf<T>(run: () => T): T {
    this.series = 0;
    this.inSeries = true;
    try {
      return run();
    } finally {
      this.inSeries = false;
    }
  }

  /** Runs shared work (a time zone's expansion) that no single series should be charged for. */
  outsideSeries<T>(run: () => T): T {
    const was = this.inSeries;
    this.inSeries = false;
    try {
      return run();
    } finally {
      this.inSeries = was;
    }
  }
}

export function tooSlow(budgetMs: number): ImportFailure {
  return new ImportFailure("too-slow", tooSlowMessage(budgetMs));
}

type Iterator = { check_contracting_rules(): boolean; expand_year_days(year: number): unknown; increment_monthday(days: number): unknown };
const iteratorPrototype = ICAL.RecurIterator.prototype as unknown as Iterator;
const {
  check_contracting_rules: checkContractingRules,
  expand_year_days: expandYearDays,
  increment_monthday: incrementMonthday,
} = iteratorPrototype;
if ([checkContractingRules, expandYearDays, incrementMonthday].some((method) => typeof method !== "function")) {
  throw new Error("ical.js RecurIterator internals changed: recurrence steps can no longer be counted (see lib/calendar/budget.ts)");
}
const DAYS_PER_STEP = 32;
let active: WorkBudget | null = null;

// Where ical.js spends its time, counted so that every search is bounded: each candidate date
// (also inside one next() that never returns for BYMONTH=2;BYMONTHDAY=30), each year of a yearly
// rule's days (searched up to year 20000 when none match), and each month walked day by day
// (INTERVAL=100000 on a daily rule walks 100,000 days per step).
iteratorPrototype.check_contracting_rules = function (this: Iterator) {
  active?.step();
  return checkContractingRules.call(this);
};
iteratorPrototype.expand_year_days = function (this: Iterator, year: number) {
  active?.step();
  return expandYearDays.call(this, year);
};
iteratorPrototype.increment_monthday = function (this: Iterator, days: number) {
  if (days >= DAYS_PER_STEP) active?.step(Math.floor(days / DAYS_PER_STEP));
  return incrementMonthday.call(this, days);
};

/** Charges every recurrence candidate that ical.js examines during `run` to `budget`. */
export function countRecurrenceSteps<T>(budget: WorkBudget, run: () => T): T {
  const previous = active;
  active = budget;
  try {
    return run();
  } finally {
    active = previous;
  }
}
