import type { FormAction } from "../action-result";
import type { CalendarWeek } from "./import-week";

/** The body of a successful POST /api/calendar/import; a refusal is a Problem. */
export type CalendarImportResponse = CalendarWeek;

/** The server actions behind the import review's one-click saves, handed to it as props (FormData: title, category / kind, email). */
export type CalendarReviewActions = { addTitleRule: FormAction; addAddress: FormAction };
