import type { CalendarWeek } from "./import-week";

/** The body of a successful POST /api/calendar/import; a refusal is a Problem. */
export type CalendarImportResponse = CalendarWeek;
