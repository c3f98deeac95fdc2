export { SIGNALS_CONFIG, signalsConfigSchema, validateSignalsConfig, type Ramp, type SignalsConfig, type SignalsConfigInput } from "./config";
export {
  evaluate,
  levelOf,
  type EvaluateOptions,
  type Evaluation,
  type HistoryEntry,
  type SignResult,
  type SignScores,
  type SignalsInput,
  type Workload,
} from "./evaluate";
export { toSignalsJson, type SignalsJson } from "./json";
export {
  DIRECTION_LABELS,
  LEVEL_LABELS,
  LEVEL_RANK,
  SIGN_COLORS,
  SIGN_DIRECTIONS,
  SIGN_LEVELS,
  SIGN_META,
  SIGN_TITLES,
  type SignDirection,
  type SignLevel,
  type SignMeta,
} from "./meta";
export { bySeverity } from "./headline";
export type { NoteQuote } from "./notes";
export type { Recovery } from "./status";
export { STEP_IDS, allSteps, type Step, type StepContext, type StepId } from "./steps";
export { trainingWeight } from "./signs/not-set-up";
