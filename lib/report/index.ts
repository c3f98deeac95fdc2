export { buildReport, buildReportView, CHANGE_THRESHOLDS, ENERGY_TRENDS, RATING_TRENDS, type ReportData, type ReportInput, type ReportOptions, type ReportSign, type ReportWeek, type Trend } from "./build";
export { csvCell, csvColumns, neutralizeFormula, toCsv, CSV_COLUMNS } from "./csv";
export { contentDisposition, reportFilename, REPORT_CONTENT_TYPES, type ReportFormat } from "./filename";
export { escapeMarkdown, toMarkdown } from "./markdown";
export { checkRange, formatPeriod, MAX_REPORT_WEEKS, presetRange, rangeLength, rangeWeeks, REPORT_PRESETS, type RangeCheck, type ReportPresetId, type ReportRange } from "./range";
export {
  CURATION_LIMITS,
  curateTalkingPoints,
  LEADER_ONLY_POINTS,
  REPORT_TALKING_POINTS,
  suggestTalkingPoints,
  TALKING_POINT_RULES,
  talkingPoints,
  normalizeChoice,
  type TalkingPoint,
  type TalkingPointChoiceInput,
  type TalkingPointChoice,
  type TalkingPointContext,
  type TalkingPointRule,
  type TalkingPointSuggestion,
} from "./talking-points";
export { canUndoRevoke, formatExpiry, isShareTokenShape, REVOKE_UNDO_MS, shareExpiry, shareLinkStatus, shareMessage, shareUrl, splitShareLinks, type ShareLink, type ShareLinkStatus } from "./share";
export { createLookupLimiter, SHARE_LOOKUP_LIMITS, type LookupLimiter } from "./lookup-limit";
export { escapeHtml, toHtmlBody, toHtmlPage, type AckSection } from "./html";
export {
  ackNotice,
  MAX_REPLIES_PER_LINK,
  normalizeReply,
  parseAckForm,
  replyProblem,
  SHARE_ACK_LINK_LIMIT,
  SHARE_ACK_MAX_BODY_BYTES,
  type AckInput,
  type AckParse,
  type AckRefusal,
} from "./acknowledgement";
export { REPORT_COLORS } from "./colors";
export { evaluateSigns, levelBands, SIGNALS_CONFIG, type LevelBand, type SignalsConfig, type SignLevel } from "./signals";
export { svgPath, toReportView, type LegendItem, type Point, type ReportView, type ScoreChart, type SignItem, type SplitChart, type ViewTable, type WeekRow, type WeekTable } from "./view";
