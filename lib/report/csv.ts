import { SIGN_IDS } from "../enums";
import { RATING_SPECS } from "../ratings";
import type { ReportWeek } from "./build";
import type { ReportView } from "./view";

type Cell = string | number | boolean | null;
type Column = { header: string; value: (w: ReportWeek) => Cell };

const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const logged = (w: ReportWeek) => w.status === "logged";

export const CSV_COLUMNS: readonly Column[] = [
  { header: "week", value: (w) => w.week },
  { header: "week_start", value: (w) => w.weekStart },
  { header: "hours_meetings", value: (w) => w.hours?.meetings ?? null },
  { header: "hours_execution", value: (w) => w.hours?.execution ?? null },
  { header: "hours_mentoring", value: (w) => w.hours?.mentoring ?? null },
  { header: "hours_other", value: (w) => w.hours?.other ?? null },
  { header: "share_meetings", value: (w) => (w.shares ? round6(w.shares.meetings) : null) },
  { header: "share_execution", value: (w) => (w.shares ? round6(w.shares.execution) : null) },
  { header: "share_mentoring", value: (w) => (w.shares ? round6(w.shares.mentoring) : null) },
  { header: "share_other", value: (w) => (w.shares ? round6(w.shares.other) : null) },
  { header: "low_value_meeting_hours", value: (w) => w.lowValueHours },
  { header: "energy_meetings", value: (w) => (logged(w) ? w.energyMeetings : null) },
  { header: "energy_execution", value: (w) => (logged(w) ? w.energyExecution : null) },
  { header: "energy_mentoring", value: (w) => (logged(w) ? w.energyMentoring : null) },
  ...RATING_SPECS.map(({ key, column }): Column => ({ header: column, value: (w) => w[key] })),
  { header: "manager_one_on_one", value: (w) => w.managerOneOnOne },
  { header: "training", value: (w) => w.training },
  ...SIGN_IDS.map((id) => ({ header: `score_${id.replaceAll("-", "_")}`, value: (w: ReportWeek) => (logged(w) ? w.scores[id] : null) })),
];

const NOTE_COLUMN: Column = { header: "note", value: (w) => w.note };

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice): Excel,
 * LibreOffice and Sheets then show it as text. Numbers are written as numbers and never altered.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  const text = neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvColumns(includeNotes: boolean): readonly Column[] {
  return includeNotes ? [...CSV_COLUMNS, NOTE_COLUMN] : CSV_COLUMNS;
}

/** RFC 4180 with CRLF, UTF-8 with a byte-order mark so Excel reads the names and notes right. */
export function toCsv(view: Pick<ReportView, "records" | "includeNotes">): string {
  const columns = csvColumns(view.includeNotes);
  const lines = [columns.map((c) => csvCell(c.header)).join(",")];
  for (const week of view.records) lines.push(columns.map((c) => csvCell(c.value(week))).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
