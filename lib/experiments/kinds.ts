// Plain constants of an experiment, free of zod so forms and the schema share them.

/** An experiment runs for 2 to 6 weeks (issue 15). */
export const EXPERIMENT_MIN_WEEKS = 2;
export const EXPERIMENT_MAX_WEEKS = 6;
/** "One or two at a time" (issue 15): an experiment without an outcome counts as running. */
export const MAX_RUNNING_EXPERIMENTS = 2;
/** How far ahead a start may be planned; judgment call (a month). Backdating is not allowed. */
export const EXPERIMENT_START_AHEAD_WEEKS = 4;
export const EXPERIMENT_TITLE_MAX_LENGTH = 120;
export const EXPERIMENT_NOTE_MAX_LENGTH = 2000;
/** Far above real use (one a week for twenty years); a backup with more is refused whole. */
export const MAX_EXPERIMENTS = 1000;
export const EXPERIMENT_ID_MAX_LENGTH = 64;
export const EXPERIMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** The next-step library's ids (lib/signals/steps.ts): lower-case words joined by hyphens. */
export const STEP_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const STEP_ID_MAX_LENGTH = 64;

export const EXPERIMENT_ANSWERS = ["yes", "partly", "no"] as const;
export type ExperimentAnswer = (typeof EXPERIMENT_ANSWERS)[number];

export const EXPERIMENT_OUTCOMES = ["kept", "adjusted", "dropped"] as const;
export type ExperimentOutcome = (typeof EXPERIMENT_OUTCOMES)[number];

/** Measures with a number to reach: a share of the week in whole percent, or hours in quarter hours. */
export const TARGET_MEASURE_KINDS = [
  "executionShareAtLeast",
  "mentoringShareAtLeast",
  "meetingsShareAtMost",
  "lowValueMeetingHoursAtMost",
  "totalHoursAtMost",
] as const;
/** Measures read from a yes/no question of the check-in. */
export const YES_NO_MEASURE_KINDS = ["managerOneOnOneEveryOtherWeek", "trainingOrPeerTime"] as const;
export const MEASURE_KINDS = [...TARGET_MEASURE_KINDS, ...YES_NO_MEASURE_KINDS] as const;
export type TargetMeasureKind = (typeof TARGET_MEASURE_KINDS)[number];
export type YesNoMeasureKind = (typeof YES_NO_MEASURE_KINDS)[number];
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Allowed targets per kind: shares in whole percent, hours in quarter hours. */
export const MEASURE_TARGET_BOUNDS: Record<TargetMeasureKind, { min: number; max: number; unit: "percent" | "hours" }> = {
  executionShareAtLeast: { min: 1, max: 100, unit: "percent" },
  mentoringShareAtLeast: { min: 1, max: 100, unit: "percent" },
  meetingsShareAtMost: { min: 0, max: 99, unit: "percent" },
  lowValueMeetingHoursAtMost: { min: 0, max: 100, unit: "hours" },
  totalHoursAtMost: { min: 1, max: 168, unit: "hours" },
};
