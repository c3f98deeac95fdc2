export { SIGNALS_CONFIG, type Ramp, type SignalsConfig } from "./config";
export {
  evaluate,
  levelOf,
  type EvaluateOptions,
  type Evaluation,
  type HistoryEntry,
  type SignLevel,
  type SignResult,
  type SignScores,
} from "./evaluate";
export { notSetUpWeight } from "./signs/not-set-up";
