import { SIGN_IDS } from "../enums";
import { RATING_SPECS } from "../ratings";
import { experimentCells, type ExperimentSpanMark } from "./experiment-weeks";
import { SIGN_TITLES } from "../signals/meta";
import type { WeekPoint } from "./packed-weeks";

export type Column = { key: string; header: string };
export type Table = { columns: Column[]; rows: Array<Record<string, string>> };

const STATUS_TEXT = { missing: "not logged", away: "away" } as const;

function cell(p: WeekPoint, value: number | null, unit = ""): string {
  if (p.status !== "logged") return STATUS_TEXT[p.status];
  return value === null ? "–" : `${value}${unit}`;
}

type ValueColumn = Column & { value: (p: WeekPoint) => string };

/** An "Experiment" column naming the experiments running each week, when any of them overlaps the weeks shown (issue 15). */
function withExperiments(points: readonly WeekPoint[], columns: ValueColumn[], experiments: readonly ExperimentSpanMark[]): ValueColumn[] {
  if (experiments.length === 0) return columns;
  const cells = experimentCells(
    points.map((p) => p.week),
    experiments,
  );
  if (![...cells.values()].some(Boolean)) return columns;
  return [...columns, { key: "experiment", header: "Experiment", value: (p) => cells.get(p.week) || "–" }];
}

function table(points: readonly WeekPoint[], columns: ValueColumn[]): Table {
  return {
    columns: [{ key: "week", header: "Week" }, ...columns.map(({ key, header }) => ({ key, header }))],
    rows: points.map((p) => ({ week: p.week, ...Object.fromEntries(columns.map((c) => [c.key, c.value(p)])) })),
  };
}

export function splitTable(points: readonly WeekPoint[], experiments: readonly ExperimentSpanMark[] = []): Table {
  return table(points, withExperiments(points, [
    { key: "total", header: "Total hours", value: (p) => (p.totalHours === null ? STATUS_TEXT.missing : p.status === "away" ? "away" : `${p.totalHours}`) },
    { key: "meetings", header: "Meetings", value: (p) => cell(p, p.meetingsPct, " %") },
    { key: "execution", header: "Execution", value: (p) => cell(p, p.executionPct, " %") },
    { key: "mentoring", header: "Mentoring", value: (p) => cell(p, p.mentoringPct, " %") },
    { key: "other", header: "Other", value: (p) => cell(p, p.otherPct, " %") },
    { key: "lowValue", header: "Low-value meetings", value: (p) => cell(p, p.lowValuePct, " %") },
  ], experiments));
}

export function energyTable(points: readonly WeekPoint[], experiments: readonly ExperimentSpanMark[] = []): Table {
  return table(points, withExperiments(points, [
    { key: "meetings", header: "Meetings", value: (p) => cell(p, p.energyMeetings) },
    { key: "execution", header: "Execution", value: (p) => cell(p, p.energyExecution) },
    { key: "mentoring", header: "Mentoring", value: (p) => cell(p, p.energyMentoring) },
  ], experiments));
}

export function ratingsTable(points: readonly WeekPoint[], experiments: readonly ExperimentSpanMark[] = []): Table {
  const columns = RATING_SPECS.map(({ key, label }): ValueColumn => ({ key, header: label, value: (p) => cell(p, p[key]) }));
  return table(points, withExperiments(points, columns, experiments));
}

export function scoresTable(points: readonly WeekPoint[]): Table {
  return table(
    points,
    SIGN_IDS.map((id) => ({
      key: id,
      header: SIGN_TITLES[id].title,
      value: (p: WeekPoint) => cell(p, p.scores[id]),
    })),
  );
}

export type TableKind = "split" | "energy" | "ratings" | "scores";

/** The table of one dashboard chart, by kind (built in the browser when its disclosure opens). */
export function chartTable(kind: TableKind, points: readonly WeekPoint[], experiments: readonly ExperimentSpanMark[] = []): Table {
  switch (kind) {
    case "split":
      return splitTable(points, experiments);
    case "energy":
      return energyTable(points, experiments);
    case "ratings":
      return ratingsTable(points, experiments);
    case "scores":
      return scoresTable(points);
  }
}
