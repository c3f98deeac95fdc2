import { compareIsoWeeks } from "../iso-week";

/** An experiment's weeks as the dashboard marks them: its first and last week (issue 15). */
export type ExperimentSpanMark = { id: string; title: string; from: string; to: string };
/** An experiment clipped to the weeks a chart shows; `shown` is never empty. */
export type ShownExperiment = ExperimentSpanMark & { shown: string[] };

/** The experiments that overlap `weeks` (the chart's weeks, oldest first), each with the weeks of it shown. */
export function shownExperiments(weeks: readonly string[], experiments: readonly ExperimentSpanMark[]): ShownExperiment[] {
  return experiments
    .map((e) => ({ ...e, shown: weeks.filter((w) => compareIsoWeeks(w, e.from) >= 0 && compareIsoWeeks(w, e.to) <= 0) }))
    .filter((e) => e.shown.length > 0);
}

/** Per week, the titles of the experiments running in it, joined for a table cell ("" for none). */
export function experimentCells(weeks: readonly string[], experiments: readonly ExperimentSpanMark[]): Map<string, string> {
  const shown = shownExperiments(weeks, experiments);
  return new Map(weeks.map((w) => [w, shown.filter((e) => e.shown.includes(w)).map((e) => e.title).join("; ")]));
}
