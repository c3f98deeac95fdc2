import type { FieldIssue } from "../validation/issues";
import type { CalendarWeek } from "./import-week";

/** The body of POST /api/calendar/import. */
export type CalendarImportResponse = ({ ok: true } & CalendarWeek) | { ok: false; error: string; issues: FieldIssue[] };

/** What the import review's one-click saves (a rule from a correction, a suggested address) answer. */
export type CalendarQuickSaveResult = { ok: true; message: string } | { ok: false; error: string };

/** The server actions behind those saves, handed to the review as props. */
export type CalendarReviewActions = {
  addTitleRule: (input: { title: string; category: string }) => Promise<CalendarQuickSaveResult>;
  addAddress: (input: { kind: "own" | "manager"; email: string }) => Promise<CalendarQuickSaveResult>;
};
