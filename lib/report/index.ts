export { buildReport, CHANGE_THRESHOLDS, ENERGY_TRENDS, RATING_TRENDS, type ReportData, type ReportInput, type ReportOptions, type ReportSign, type ReportWeek, type Trend } from "./build";
export { csvCell, csvColumns, neutralizeFormula, toCsv, CSV_COLUMNS } from "./csv";
export { contentDisposition, reportFilename, REPORT_CONTENT_TYPES, type ReportFormat } from "./filename";
export { escapeMarkdown, toMarkdown } from "./markdown";
export { checkRange, defaultLastWeek, formatPeriod, MAX_REPORT_WEEKS, presetRange, rangeLength, rangeWeeks, REPORT_PRESETS, type RangeCheck, type ReportPresetId, type ReportRange } from "./range";
export { REPORT_TALKING_POINTS, TALKING_POINT_RULES, talkingPoints, type TalkingPoint, type TalkingPointContext, type TalkingPointRule } from "./talking-points";
export { isShareTokenShape, shareExpiry, shareLinkStatus, shareUrl, type ShareLink, type ShareLinkStatus } from "./share";
export { createLookupLimiter, SHARE_LOOKUP_LIMITS, type LookupLimiter } from "./lookup-limit";
export { escapeHtml, toHtmlBody, toHtmlPage } from "./html";
