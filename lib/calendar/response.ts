import type { FieldIssue } from "../validation/issues";
import type { CalendarWeek } from "./import-week";

/** The body of POST /api/calendar/import. */
export type CalendarImportResponse = ({ ok: true } & CalendarWeek) | { ok: false; error: string; issues: FieldIssue[] };
