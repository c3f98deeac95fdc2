import { CJK } from "./line-breaks";

// @react-pdf re-lays out everything still to come each time it starts a page, so one long flowing
// page costs pages × content: 522 weeks took ~9 s. Short reports flow as one <Page>; what goes past
// that is cut into <Page>s we size ourselves, each laid out on its own.

/** One <Page> of the PDF: the summary flows first, then week rows, then notes. */
export type PagePlan<R, N> = { summary: boolean; rows: R[]; tableHeading: boolean; notes: N[] | null; notesHeading: boolean };

export type PlanSizes = {
  /** Week rows that still flow after the summary (about two years: the usual report never gets cut). */
  flowRows: number;
  /** Week rows on each page of their own after those. */
  rowsPerPage: number;
  /** Rows the table's heading takes on the page it starts. */
  headingRows: number;
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
 * The PDF's pages: the summary with the week rows when there are at most `flowRows`, else the summary
 * alone and the rows `rowsPerPage` a page (less `headingRows` on the first), then
 * page, the first group of notes right after the last rows and each further group on a new page.
 * `notes` is null when the notes are left out, [] when included but there are none.
 */
export function planPages<R, N>(rows: readonly R[], notes: readonly N[] | null, noteText: (note: N) => string, sizes: PlanSizes): Array<PagePlan<R, N>> {
  const pages: Array<PagePlan<R, N>> = [];
  if (rows.length <= sizes.flowRows) {
    pages.push({ summary: true, rows: [...rows], tableHeading: true, notes: null, notesHeading: false });
  } else {
    // A table longer than that starts on a page of its own: flowing part of it after the summary
    // left a page of a few rows in the middle, since the summary's length is not known here.
    pages.push({ summary: true, rows: [], tableHeading: false, notes: null, notesHeading: false });
    const first = sizes.rowsPerPage - sizes.headingRows;
    pages.push({ summary: false, rows: rows.slice(0, first), tableHeading: true, notes: null, notesHeading: false });
    for (let i = first; i < rows.length; i += sizes.rowsPerPage) {
      pages.push({ summary: false, rows: rows.slice(i, i + sizes.rowsPerPage), tableHeading: false, notes: null, notesHeading: false });
    }
  }
  if (notes === null) return pages;
  const groups = chunkByText(notes, (n) => textUnits(noteText(n), sizes.lineUnits), sizes.notesPerGroup);
  pages.at(-1)!.notes = groups[0] ?? [];
  pages.at(-1)!.notesHeading = true;
  for (const group of groups.slice(1)) pages.push({ summary: false, rows: [], tableHeading: false, notes: group, notesHeading: false });
  return pages;
}
