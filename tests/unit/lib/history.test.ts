import { describe, expect, it } from "vitest";
import type { CheckinRecord } from "@/lib/checkin";
import { toHistoryRows } from "@/lib/history";
import { checkinSchema } from "@/lib/validation/checkin";

function record(week: string, hours = { meetings: 20, execution: 10, mentoring: 5, other: 5 }, isDemo = false): CheckinRecord {
  return { ...checkinSchema.parse({ week, hours }), isDemo };
}

const summarize = (rows: ReturnType<typeof toHistoryRows>) =>
  rows.map((r) => (r.kind === "gap" ? `${r.week} gap` : `${r.week} ${r.total}h${r.isAway ? " away" : ""}${r.checkin.isDemo ? " demo" : ""}`));

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
