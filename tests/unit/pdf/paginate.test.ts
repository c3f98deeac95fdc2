import { describe, expect, it } from "vitest";
import { chunkByText, planPages, textUnits } from "@/components/pdf/paginate";

const SIZES = { rowsPerPage: 3, headingRows: 1, trendsRows: 1, notesPerGroup: 100, lineUnits: 10 };
const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
const shape = (plan: ReturnType<typeof planPages<number, string>>) =>
  plan.map((p) => ({ summary: p.summary, trends: p.trends, rows: p.rows.length, notes: p.notes?.length ?? null, notesHeading: p.notesHeading }));

describe("planPages", () => {
  it("gives the summary a page of its own, then the ratings with the first rows, notes after the last rows", () => {
    expect(shape(planPages(rows(1), ["a", "b"], (n) => n, SIZES))).toEqual([
      { summary: true, trends: false, rows: 0, notes: null, notesHeading: false },
      { summary: false, trends: true, rows: 1, notes: 2, notesHeading: true },
    ]);
    expect(shape(planPages<number, string>(rows(2), null, (n) => n, SIZES))).toEqual([
      { summary: true, trends: false, rows: 0, notes: null, notesHeading: false },
      { summary: false, trends: true, rows: 1, notes: null, notesHeading: false },
      { summary: false, trends: false, rows: 1, notes: null, notesHeading: false },
    ]);
  });

  it("fills each page after the first table page with rowsPerPage rows, every row once and in order", () => {
    const plan = planPages(rows(11), [], (n) => n, SIZES);
    expect(shape(plan)).toEqual([
      { summary: true, trends: false, rows: 0, notes: null, notesHeading: false },
      { summary: false, trends: true, rows: 1, notes: null, notesHeading: false },
      { summary: false, trends: false, rows: 3, notes: null, notesHeading: false },
      { summary: false, trends: false, rows: 3, notes: null, notesHeading: false },
      { summary: false, trends: false, rows: 3, notes: null, notesHeading: false },
      { summary: false, trends: false, rows: 1, notes: 0, notesHeading: true },
    ]);
    expect(plan.map((p) => p.tableHeading)).toEqual([false, true, false, false, false, false]);
    expect(plan.flatMap((p) => p.rows)).toEqual(rows(11));
  });

  it("keeps at least one row under the ratings when they would fill the page", () => {
    const plan = planPages<number, string>(rows(4), null, (n) => n, { ...SIZES, trendsRows: 5 });
    expect(plan.map((p) => p.rows.length)).toEqual([0, 1, 3]);
  });

  it("starts a new page for each further group of notes and keeps every note once, in order", () => {
    const notes = Array.from({ length: 7 }, (_, i) => `${i}`.repeat(40));
    const plan = planPages(rows(4), notes, (n) => n, SIZES);
    expect(shape(plan)).toEqual([
      { summary: true, trends: false, rows: 0, notes: null, notesHeading: false },
      { summary: false, trends: true, rows: 1, notes: null, notesHeading: false },
      { summary: false, trends: false, rows: 3, notes: 2, notesHeading: true },
      { summary: false, trends: false, rows: 0, notes: 2, notesHeading: false },
      { summary: false, trends: false, rows: 0, notes: 2, notesHeading: false },
      { summary: false, trends: false, rows: 0, notes: 1, notesHeading: false },
    ]);
    expect(plan.flatMap((p) => p.notes ?? [])).toEqual(notes);
    expect(plan.flatMap((p) => p.rows)).toEqual(rows(4));
  });

  it("plans only the summary for an empty report", () => {
    expect(shape(planPages<number, string>([], null, (n) => n, SIZES))).toEqual([{ summary: true, trends: false, rows: 0, notes: null, notesHeading: false }]);
  });
});

describe("chunkByText", () => {
  it("gives an item larger than the budget a group of its own", () => {
    expect(chunkByText([5, 300, 5, 5], (n) => n, 100)).toEqual([[5], [300], [5, 5]]);
    expect(chunkByText([], (n: number) => n, 100)).toEqual([]);
  });
});

describe("textUnits", () => {
  it("counts CJK characters double and a line break as a full line", () => {
    expect(textUnits("abc", 10)).toBe(13);
    expect(textUnits("李雷", 10)).toBe(14);
    expect(textUnits("a\nb", 10)).toBe(22);
  });
});
