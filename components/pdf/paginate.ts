import { CJK } from "./line-breaks";

// @react-pdf re-lays out everything still to come each time it starts a page, so one long flowing
// page costs pages × content: 522 weeks took ~9 s. Only the summary flows (it is short); the week
// table, whose rows have a fixed height, is cut into <Page>s sized here, each laid out on its own,
// and the notes come in groups of about four pages.

/** One <Page> of the PDF: the summary flows alone; then the ratings and the first week rows; then rows; then notes. */
export type PagePlan<R, N> = { summary: boolean; trends: boolean; rows: R[]; tableHeading: boolean; notes: N[] | null; notesHeading: boolean };

export type PlanSizes = {
  /** Week rows on each page of their own. */
  rowsPerPage: number;
  /** Rows the table's heading takes on the page it starts. */
  headingRows: number;
  /** Rows the ratings section takes above the table on its first page. */
  trendsRows: number;
  /** Text units of notes per group; a group flows over a few pages. */
  notesPerGroup: number;
  lineUnits: number;
};

/** A rough width of text in Latin characters (CJK ones are about twice as wide); a line break counts as a full line. */
export function textUnits(text: string, lineUnits: number): number {
  let units = 0;
  for (const ch of text) units += ch === "\n" ? lineUnits : CJK.test(ch) ? 2 : 1;
  return units + lineUnits;
}

/** Groups items so each holds about `budget` units (an item larger than that gets its own); groups break only between items. */
export function chunkByText<T>(items: readonly T[], units: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = units(item);
    if (current.length > 0 && used + size > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * The PDF's pages: the summary alone (it may flow over a few pages); when there are week rows, a page
 * with the ratings and as many rows as fit under them, then `rowsPerPage` rows a page; the first group
 * of notes right after the last rows and each further group on a new page.
 * `notes` is null when the notes are left out, [] when included but there are none.
 */
export function planPages<R, N>(rows: readonly R[], notes: readonly N[] | null, noteText: (note: N) => string, sizes: PlanSizes): Array<PagePlan<R, N>> {
  const page = (p: Partial<PagePlan<R, N>>): PagePlan<R, N> => ({ summary: false, trends: false, rows: [], tableHeading: false, notes: null, notesHeading: false, ...p });
  const pages = [page({ summary: true })];
  if (rows.length > 0) {
    const first = Math.max(1, sizes.rowsPerPage - sizes.headingRows - sizes.trendsRows);
    pages.push(page({ trends: true, rows: rows.slice(0, first), tableHeading: true }));
    for (let i = first; i < rows.length; i += sizes.rowsPerPage) pages.push(page({ rows: rows.slice(i, i + sizes.rowsPerPage) }));
  }
  if (notes === null) return pages;
  const groups = chunkByText(notes, (n) => textUnits(noteText(n), sizes.lineUnits), sizes.notesPerGroup);
  pages.at(-1)!.notes = groups[0] ?? [];
  pages.at(-1)!.notesHeading = true;
  for (const group of groups.slice(1)) pages.push(page({ notes: group }));
  return pages;
}
