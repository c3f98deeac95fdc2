export { createClassifier, keywordPattern } from "./classify";
export {
  importCalendarWeek,
  type CalendarImportOptions,
  type CalendarImportResult,
  type CalendarWeek,
  type ImportedEvent,
} from "./import-week";
export { ianaNameFor } from "./zones";
export { CALENDAR_LIMITS, DEFAULT_BUDGET_MS, WORKER_LIMITS } from "./limits";
export { preflightCalendar } from "./preflight";
export { calendarOwnerEmail, MAX_CALENDAR_BYTES } from "./owner";
export { calendarPrefill, hoursByCategory, roundToQuarterHour, type CalendarPrefill } from "./prefill";
export type { CalendarImportResponse } from "./response";
export { formatEventTime } from "./event-time";
export { reminderCalendar, vtimezoneFor, type ReminderInput } from "./reminder";
