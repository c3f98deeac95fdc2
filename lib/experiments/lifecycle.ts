import { addIsoWeeks, compareIsoWeeks, isValidIsoWeek } from "../iso-week";
import {
  experimentListIssues,
  experimentSchema,
  plannedLastWeek,
  type Experiment,
  type ExperimentInput,
  type ExperimentMeasure,
} from "../validation/experiment";
import { formatIssuePath, toFieldIssues } from "../validation/issues";
import {
  EXPERIMENT_START_AHEAD_WEEKS,
  MAX_RUNNING_EXPERIMENTS,
  type ExperimentAnswer,
  type ExperimentOutcome,
  type MeasureKind,
} from "./kinds";
import { defaultMeasure, STEP_MEASURES, type TargetDefaults } from "./measures";

/**
 * planned: starts after the current week; running: in its weeks; ready: its planned weeks are
 * over and the lead has not yet said keep, adjust or drop; ended: it has an outcome.
 */
export type ExperimentPhase = "planned" | "running" | "ready" | "ended";

export type LifecycleErrorCode =
  | "INVALID"
  | "TOO_MANY_RUNNING"
  | "SAME_MEASURE_RUNNING"
  | "DUPLICATE_ID"
  | "START_IN_PAST"
  | "START_TOO_FAR"
  | "NOT_RUNNING"
  | "NOT_STARTED"
  | "WEEK_OUTSIDE"
  | "WEEK_IN_FUTURE"
  | "NOT_FOUND";

export type LifecycleResult<T> = { ok: true; value: T } | { ok: false; code: LifecycleErrorCode; message: string; path?: string };

const fail = <T>(code: LifecycleErrorCode, message: string, path?: string): LifecycleResult<T> => ({ ok: false, code, message, ...(path ? { path } : {}) });

/** What the lead fills in to start an experiment. */
export type ExperimentDraft = {
  title: string;
  stepId?: string | null;
  measure: ExperimentMeasure;
  startWeek: string;
  weeks: number;
  adjusts?: string | null;
};

export function isRunning(e: Pick<Experiment, "outcome">): boolean {
  return e.outcome === null;
}

/** The last week that counts: the end week once ended, else the planned last week. */
export function lastExperimentWeek(e: Pick<Experiment, "startWeek" | "weeks" | "endedWeek">): string {
  return e.endedWeek ?? plannedLastWeek(e);
}

export function experimentPhase(e: Experiment, currentWeek: string): ExperimentPhase {
  if (e.outcome !== null) return "ended";
  if (compareIsoWeeks(currentWeek, e.startWeek) < 0) return "planned";
  return compareIsoWeeks(currentWeek, plannedLastWeek(e)) <= 0 ? "running" : "ready";
}

/** The weeks to mark on the dashboard's charts, start to last. */
export function experimentSpan(e: Experiment): { from: string; to: string } {
  return { from: e.startWeek, to: lastExperimentWeek(e) };
}

/** Running experiments whose weeks include `week`: the check-in of that week asks "Did you do it?" for each. */
export function experimentsToAsk(experiments: readonly Experiment[], week: string): Experiment[] {
  return experiments.filter(
    (e) => isRunning(e) && compareIsoWeeks(week, e.startWeek) >= 0 && compareIsoWeeks(week, plannedLastWeek(e)) <= 0,
  );
}

function parsed(input: ExperimentInput): LifecycleResult<Experiment> {
  const result = experimentSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const first = toFieldIssues(result.error)[0]!;
  return fail("INVALID", first.message, first.path);
}

function listProblem(list: readonly Experiment[], index: number): LifecycleResult<never> | null {
  const issue = experimentListIssues(list).find((i) => i.path[0] === index);
  if (!issue) return null;
  const field = issue.path[1];
  const code: LifecycleErrorCode =
    field === "id" ? "DUPLICATE_ID" : field === "outcome" ? "TOO_MANY_RUNNING" : field === "measure" ? "SAME_MEASURE_RUNNING" : "INVALID";
  return fail(code, issue.message, formatIssuePath(issue.path.slice(1)));
}

/**
 * Starts an experiment beside the lead's others: at most MAX_RUNNING_EXPERIMENTS without an
 * outcome and not two on one measure; it starts this week or up to EXPERIMENT_START_AHEAD_WEEKS ahead.
 */
export function startExperiment(
  existing: readonly Experiment[],
  draft: ExperimentDraft,
  { id, currentWeek }: { id: string; currentWeek: string },
): LifecycleResult<Experiment> {
  if (isValidIsoWeek(draft.startWeek)) {
    if (compareIsoWeeks(draft.startWeek, currentWeek) < 0) {
      return fail("START_IN_PAST", `An experiment starts this week (${currentWeek}) or later`, "startWeek");
    }
    const latest = addIsoWeeks(currentWeek, EXPERIMENT_START_AHEAD_WEEKS);
    if (compareIsoWeeks(draft.startWeek, latest) > 0) {
      return fail("START_TOO_FAR", `Start within ${EXPERIMENT_START_AHEAD_WEEKS} weeks (by ${latest})`, "startWeek");
    }
  }
  const running = existing.filter(isRunning).length;
  if (running >= MAX_RUNNING_EXPERIMENTS) {
    return fail("TOO_MANY_RUNNING", `You already have ${running} experiments running; end one before starting another`);
  }
  const made = parsed({
    id,
    title: draft.title,
    stepId: draft.stepId ?? null,
    measure: draft.measure,
    startWeek: draft.startWeek,
    weeks: draft.weeks,
    answers: [],
    outcome: null,
    endedWeek: null,
    adjusts: draft.adjusts ?? null,
    note: null,
  });
  if (!made.ok) return made;
  const list = [...existing, made.value];
  return listProblem(list, list.length - 1) ?? made;
}

/** Records "Did you do it this week?" for a week of a running experiment, replacing an earlier answer for that week. */
export function answerExperiment(
  e: Experiment,
  week: string,
  answer: ExperimentAnswer,
  { currentWeek }: { currentWeek: string },
): LifecycleResult<Experiment> {
  if (!isRunning(e)) return fail("NOT_RUNNING", "This experiment has ended");
  if (!isValidIsoWeek(week)) return fail("INVALID", "Not a valid ISO week", "week");
  if (compareIsoWeeks(week, currentWeek) > 0) return fail("WEEK_IN_FUTURE", `Answer for this week (${currentWeek}) or earlier`, "week");
  const last = plannedLastWeek(e);
  if (compareIsoWeeks(week, e.startWeek) < 0 || compareIsoWeeks(week, last) > 0) {
    return fail("WEEK_OUTSIDE", `This experiment runs from ${e.startWeek} to ${last}`, "week");
  }
  const answers = [...e.answers.filter((a) => a.week !== week), { week, answer }].sort((a, b) => compareIsoWeeks(a.week, b.week));
  return parsed({ ...e, answers });
}

/**
 * Ends an experiment with the lead's decision: its last week is the current one, or the planned
 * last week when that has passed. Ending before it started is refused: delete a planned one instead.
 */
export function endExperiment(
  e: Experiment,
  outcome: ExperimentOutcome,
  { currentWeek, note }: { currentWeek: string; note?: string | null },
): LifecycleResult<Experiment> {
  if (!isRunning(e)) return fail("NOT_RUNNING", "This experiment has already ended");
  if (compareIsoWeeks(currentWeek, e.startWeek) < 0) return fail("NOT_STARTED", "This experiment has not started yet; delete it instead");
  const last = plannedLastWeek(e);
  const endedWeek = compareIsoWeeks(currentWeek, last) < 0 ? currentWeek : last;
  return parsed({ ...e, outcome, endedWeek, note: note === undefined ? e.note : note });
}

/**
 * "Adjust": ends the experiment as adjusted and starts its follow-up with the changes, by default
 * from the week after (or this week when the planned weeks are already over).
 */
export function adjustExperiment(
  existing: readonly Experiment[],
  e: Experiment,
  changes: Partial<Omit<ExperimentDraft, "adjusts">>,
  { id, currentWeek, note }: { id: string; currentWeek: string; note?: string | null },
): LifecycleResult<{ ended: Experiment; next: Experiment }> {
  const ended = endExperiment(e, "adjusted", { currentWeek, note });
  if (!ended.ok) return ended;
  const isOver = compareIsoWeeks(currentWeek, plannedLastWeek(e)) > 0;
  const next = startExperiment(
    existing.map((x) => (x.id === e.id ? ended.value : x)),
    {
      title: changes.title ?? e.title,
      stepId: changes.stepId === undefined ? e.stepId : changes.stepId,
      measure: changes.measure ?? e.measure,
      startWeek: changes.startWeek ?? (isOver ? currentWeek : addIsoWeeks(currentWeek, 1)),
      weeks: changes.weeks ?? e.weeks,
      adjusts: e.id,
    },
    { id, currentWeek },
  );
  if (!next.ok) return next;
  return { ok: true, value: { ended: ended.value, next: next.value } };
}

/** A draft from a next step of the dashboard: its title, its id, the measure it suggests (or `fallback`), four weeks from `startWeek`. */
export function draftFromStep(
  step: { id: string; title: string },
  { startWeek, targets, fallback }: { startWeek: string; targets: TargetDefaults; fallback?: MeasureKind },
): ExperimentDraft | null {
  const kind = Object.hasOwn(STEP_MEASURES, step.id) ? STEP_MEASURES[step.id] : fallback;
  if (!kind) return null;
  return { title: step.title, stepId: step.id, measure: defaultMeasure(kind, targets), startWeek, weeks: DEFAULT_EXPERIMENT_WEEKS };
}

/** Four weeks: long enough for a first reading, short enough to keep; judgment call. */
export const DEFAULT_EXPERIMENT_WEEKS = 4;
