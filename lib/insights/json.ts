import { experimentResult } from "../experiments";
import { compareIsoWeeks } from "../iso-week";
import type { ExportFile } from "../validation/export-file";
import { computeInsights } from "./compute";

/** The CLI contract of issue 15: findings that passed the rule, and each experiment's result card up to asOf. */
export function insightsJson(data: Pick<ExportFile, "checkins" | "experiments">, asOf?: string) {
  const insights = computeInsights({ checkins: data.checkins }, { asOf });
  const at = insights.asOf;
  const experiments =
    at === null
      ? []
      : (data.experiments ?? []).filter((e) => compareIsoWeeks(e.startWeek, at) <= 0).map((e) => experimentResult(e, data.checkins, { asOf: at }));
  return {
    asOf: at,
    findings: insights.findings.map(({ driver, measure, direction, highWeeks, lowWeeks, difference, sentence }) => ({
      driver,
      measure,
      direction,
      highWeeks,
      lowWeeks,
      difference,
      sentence,
    })),
    summary: insights.summary,
    tested: insights.tested,
    experiments,
  };
}
