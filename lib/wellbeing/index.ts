export { BURNOUT_MAX, BURNOUT_MIN, MAX_WELLBEING_CHECKS, SINGLE_ITEM_BURNOUT, WELLBEING_INTERVAL_WEEKS, WHO5 } from "./instruments";
export { BURNOUT_REACH_OUT_FROM, PRIVACY_NOTE, wellbeingMessage, type WellbeingMessage, type WellbeingMessageLevel } from "./messages";
export { wellbeingDue, type WellbeingDue } from "./schedule";
export {
  BURNOUT_CUTOFF,
  burnoutMeaning,
  scoreBurnout,
  scoreWho5,
  who5Band,
  who5Meaning,
  WHO5_LIKELY_DEPRESSION_AT_MOST,
  WHO5_MEANINGFUL_CHANGE,
  WHO5_POOR_AT_MOST,
  type BurnoutScore,
  type Who5Band,
  type Who5Score,
} from "./score";
export { toWellbeingPoint, wellbeingTrend, type WellbeingPoint, type WellbeingTrend, type Who5Change } from "./trend";
export type { WellbeingCheck, WellbeingCheckInput } from "../validation/wellbeing";
