export {
  EXPERIMENT_ANSWERS,
  EXPERIMENT_MAX_WEEKS,
  EXPERIMENT_MIN_WEEKS,
  EXPERIMENT_OUTCOMES,
  EXPERIMENT_START_AHEAD_WEEKS,
  MAX_EXPERIMENTS,
  MAX_RUNNING_EXPERIMENTS,
  MEASURE_KINDS,
  MEASURE_TARGET_BOUNDS,
  type ExperimentAnswer,
  type ExperimentOutcome,
  type MeasureKind,
} from "./kinds";
export {
  adjustExperiment,
  answerExperiment,
  DEFAULT_EXPERIMENT_WEEKS,
  draftFromStep,
  endExperiment,
  experimentPhase,
  experimentSpan,
  experimentsToAsk,
  isRunning,
  lastExperimentWeek,
  startExperiment,
  type ExperimentDraft,
  type ExperimentPhase,
  type LifecycleErrorCode,
  type LifecycleResult,
} from "./lifecycle";
export { defaultMeasure, MEASURES, measureLabel, STEP_MEASURES, targetReached, weekMeetsTarget, type MeasureDefinition, type TargetDefaults } from "./measures";
export { EXPERIMENT_RESULT_CONFIG, experimentResult, type Certainty, type Comparison, type ExperimentResult } from "./result";
export { plannedLastWeek, type Experiment, type ExperimentInput, type ExperimentMeasure } from "../validation/experiment";
