import { describe, expect, it } from "vitest";
import type { CheckinRecord } from "@/lib/checkin";
import { HISTORY_PAGE_WEEKS, historyPage, parseHistoryPage, toHistoryRows } from "@/lib/history";
import { checkinSchema } from "@/lib/validation/checkin";

function record(week: string, hours = { meetings: 20, execution: 10, mentoring: 5, other: 5 }, isDemo = false): CheckinRecord {
  return { ...checkinSchema.parse({ week, hours }), isDemo };
}

const summarize = (rows: ReturnType<typeof toHistoryRows>) =>
  rows.map((r) => (r.kind === "gap" ? `${r.week} gap` : `${r.week} ${r.total}h${r.isAway ? " away" : ""}${r.isDemo ? " demo" : ""}`));

describe("toHistoryRows", () => {
  it("is empty when nothing is logged", () => {
    expect(toHistoryRows([], "2026-W47")).toEqual([]);
  });

  it("lists logged weeks newest first with gaps between them and up to the last completed week", () => {
    const rows = toHistoryRows([record("2026-W44"), record("2026-W41"), record("2026-W42")], "2026-W47");
    expect(summarize(rows)).toEqual([
      "2026-W47 gap",
      "2026-W46 gap",
      "2026-W45 gap",
      "2026-W44 40h",
      "2026-W43 gap",
      "2026-W42 40h",
      "2026-W41 40h",
    ]);
  });

  it("marks away weeks and demo weeks", () => {
    const away = record("2026-W46", { meetings: 0, execution: 0, mentoring: 0, other: 0 });
    const rows = toHistoryRows([away, record("2026-W47", undefined, true)], "2026-W47");
    expect(summarize(rows)).toEqual(["2026-W47 40h demo", "2026-W46 0h away"]);
    const [, awayRow] = rows;
    expect(awayRow?.kind === "logged" && awayRow.shares).toEqual({ meetings: 0, execution: 0, mentoring: 0, other: 0 });
  });

  it("shows a logged current week but no gap for the current week when it isn't logged", () => {
    expect(summarize(toHistoryRows([record("2026-W48"), record("2026-W46")], "2026-W47"))).toEqual([
      "2026-W48 40h",
      "2026-W47 gap",
      "2026-W46 40h",
    ]);
    expect(summarize(toHistoryRows([record("2026-W46")], "2026-W47"))).toEqual(["2026-W47 gap", "2026-W46 40h"]);
  });

  it("counts gaps across a year with 53 weeks", () => {
    const rows = toHistoryRows([record("2026-W52")], "2027-W01");
    expect(summarize(rows)).toEqual(["2027-W01 gap", "2026-W53 gap", "2026-W52 40h"]);
  });

  it("carries each week's split", () => {
    const [row] = toHistoryRows([record("2026-W47")], "2026-W47");
    expect(row).toMatchObject({ kind: "logged", total: 40, shares: { meetings: 0.5, execution: 0.25, mentoring: 0.125, other: 0.125 } });
  });
});

describe("history pages", () => {
  const rows = toHistoryRows(
    Array.from({ length: 52 }, (_, i) => record(`2025-W${String(i + 1).padStart(2, "0")}`)),
    "2026-W10",
  );

  it("reads ?page= as a whole number from 1, anything else as 1", () => {
    expect(parseHistoryPage(undefined)).toBe(1);
    expect(parseHistoryPage("3")).toBe(3);
    expect(parseHistoryPage(["2", "5"])).toBe(2);
    for (const bad of ["0", "-1", "1.5", "abc", "1e3", "9999999", ""]) expect(parseHistoryPage(bad)).toBe(1);
  });

  it("splits newest first into pages of a quarter, clamping past the end, without losing or repeating a week", () => {
    expect(HISTORY_PAGE_WEEKS).toBe(13);
    expect(rows.length).toBe(62); // 52 logged weeks of 2025 and 10 missing ones of 2026
    const pages = [1, 2, 3, 4, 5].map((p) => historyPage(rows, p));
    expect(pages.map((p) => p.rows.length)).toEqual([13, 13, 13, 13, 10]);
    expect(pages.every((p) => p.pageCount === 5)).toBe(true);
    expect(pages.flatMap((p) => p.rows.map((r) => r.week))).toEqual(rows.map((r) => r.week));
    expect(pages[0]!.rows[0]!.week).toBe("2026-W10");
    expect(historyPage(rows, 99)).toMatchObject({ page: 5, pageCount: 5 });
    expect(historyPage([], 4)).toEqual({ rows: [], page: 1, pageCount: 1 });
  });
});
