import { describe, expect, it } from "vitest";
import { chunkByText, planPages, textUnits } from "@/components/pdf/paginate";

const SIZES = { flowRows: 4, rowsPerPage: 3, headingRows: 1, notesPerGroup: 100, lineUnits: 10 };
const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
const shape = (plan: ReturnType<typeof planPages<number, string>>) =>
  plan.map((p) => ({ summary: p.summary, rows: p.rows.length, notes: p.notes?.length ?? null, notesHeading: p.notesHeading }));

describe("planPages", () => {
  it("keeps a short report on one flowing page, notes after the table", () => {
    expect(shape(planPages(rows(4), ["a", "b"], (n) => n, SIZES))).toEqual([{ summary: true, rows: 4, notes: 2, notesHeading: true }]);
    expect(shape(planPages(rows(2), null, (n) => n, SIZES))).toEqual([{ summary: true, rows: 2, notes: null, notesHeading: false }]);
  });

  it("starts a table longer than the flowing rows on a page of its own, full pages after it, notes after the last", () => {
    const plan = planPages(rows(11), [], (n) => n, SIZES);
    expect(shape(plan)).toEqual([
      { summary: true, rows: 0, notes: null, notesHeading: false },
      { summary: false, rows: 2, notes: null, notesHeading: false },
      { summary: false, rows: 3, notes: null, notesHeading: false },
      { summary: false, rows: 3, notes: null, notesHeading: false },
      { summary: false, rows: 3, notes: 0, notesHeading: true },
    ]);
    expect(plan.map((p) => p.tableHeading)).toEqual([false, true, false, false, false]);
    expect(plan.flatMap((p) => p.rows)).toEqual(rows(11));
  });

  it("starts a new page for each further group of notes and keeps every note once, in order", () => {
    const notes = Array.from({ length: 7 }, (_, i) => `${i}`.repeat(40));
    const plan = planPages(rows(5), notes, (n) => n, SIZES);
    expect(shape(plan)).toEqual([
      { summary: true, rows: 0, notes: null, notesHeading: false },
      { summary: false, rows: 2, notes: null, notesHeading: false },
      { summary: false, rows: 3, notes: 2, notesHeading: true },
      { summary: false, rows: 0, notes: 2, notesHeading: false },
      { summary: false, rows: 0, notes: 2, notesHeading: false },
      { summary: false, rows: 0, notes: 1, notesHeading: false },
    ]);
    expect(plan.flatMap((p) => p.notes ?? [])).toEqual(notes);
    expect(plan.flatMap((p) => p.rows)).toEqual(rows(5));
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
