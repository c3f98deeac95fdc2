import { describe, expect, it } from "vitest";
import { experimentCells, shownExperiments } from "@/lib/dashboard/experiment-weeks";
import type { WeekPoint } from "@/lib/dashboard/series";
import { energyTable, ratingsTable, splitTable } from "@/lib/dashboard/tables";

const weeks = ["2025-W51", "2025-W52", "2026-W01", "2026-W02", "2026-W03"];
const points = weeks.map((week) => ({ week, label: week, status: "logged" }) as unknown as WeekPoint);
const fewer = { id: "a", title: "Fewer status meetings", from: "2025-W52", to: "2026-W02" };
const later = { id: "b", title: "Mentor on Fridays", from: "2026-W02", to: "2026-W05" };
const gone = { id: "c", title: "Long ago", from: "2024-W01", to: "2024-W04" };

describe("experiment weeks on the dashboard", () => {
  it("clips each experiment to the weeks shown, across a year boundary, and leaves out those outside", () => {
    expect(shownExperiments(weeks, [fewer, later, gone])).toEqual([
      { ...fewer, shown: ["2025-W52", "2026-W01", "2026-W02"] },
      { ...later, shown: ["2026-W02", "2026-W03"] },
    ]);
  });

  it("names every experiment running in a week, and none in the others", () => {
    const cells = experimentCells(weeks, [fewer, later]);
    expect(cells.get("2025-W51")).toBe("");
    expect(cells.get("2026-W01")).toBe("Fewer status meetings");
    expect(cells.get("2026-W02")).toBe("Fewer status meetings; Mentor on Fridays");
  });

  it("adds an Experiment column to the charts' tables only when an experiment overlaps the weeks shown", () => {
    for (const build of [splitTable, energyTable, ratingsTable]) {
      expect(build(points).columns.map((c) => c.key)).not.toContain("experiment");
      expect(build(points, [gone]).columns.map((c) => c.key)).not.toContain("experiment");
      const table = build(points, [fewer]);
      expect(table.columns.at(-1)).toEqual({ key: "experiment", header: "Experiment" });
      expect(table.rows.map((r) => r.experiment)).toEqual(["–", "Fewer status meetings", "Fewer status meetings", "Fewer status meetings", "–"]);
    }
  });
});
