export { createClassifier, keywordPattern } from "./classify";
export {
  DEFAULT_BUDGET_MS,
  importCalendarWeek,
  type CalendarImportOptions,
  type CalendarImportResult,
  type CalendarWeek,
  type ImportedEvent,
} from "./import-week";
export { ianaNameFor } from "./zones";
export { calendarOwnerEmail, MAX_CALENDAR_BYTES } from "./owner";
export { calendarPrefill, hoursByCategory, roundToQuarterHour, type CalendarPrefill } from "./prefill";
export type { CalendarImportResponse } from "./response";
export { formatEventTime } from "./event-time";
export { reminderCalendar, vtimezoneFor, type ReminderInput } from "./reminder";
