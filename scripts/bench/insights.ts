import { insightsJson } from "../../lib/insights/json";
import { INSIGHTS_CONFIG } from "../../lib/insights/config";
import { addIsoWeeks } from "../../lib/iso-week";
import { formerEngineer } from "../../lib/signals/fixtures/personas";
import { parseExportFile } from "../../lib/validation/export-file";
import { formatCount, formatKb, summarize, timeRepeated, timingGoals, timingTable, type BenchSection, type Goal } from "./harness";

// Issue 15: `npm run insights` on a two-year export (104 weeks, three experiments, a check every four weeks).
// The rule runs 30 pairs × 2,000 seeded shuffles; the page /reflect calls the same computeInsights.
const GOAL: Goal = { stat: "median", ms: 500 };
const MAX_RUNS = 40;

function twoYearExport(): string {
  const file = formerEngineer(104);
  const first = file.checkins[0]!.week;
  const experiment = (id: string, start: number, weeks: number, kind: string, target?: number) => ({
    id,
    title: `Experiment ${id}`,
    stepId: null,
    measure: target === undefined ? { kind } : { kind, target },
    startWeek: addIsoWeeks(first, start),
    weeks,
    answers: Array.from({ length: weeks }, (_, i) => ({ week: addIsoWeeks(first, start + i), answer: i % 3 === 2 ? "partly" : "yes" })),
    outcome: "kept",
    endedWeek: addIsoWeeks(first, start + weeks - 1),
    adjusts: null,
    note: null,
  });
  return JSON.stringify({
    ...file,
    experiments: [
      experiment("hands-on", 30, 4, "executionShareAtLeast", 25),
      experiment("fewer-meetings", 60, 6, "lowValueMeetingHoursAtMost", 2),
      experiment("manager", 90, 6, "managerOneOnOneEveryOtherWeek"),
    ],
    wellbeingChecks: Array.from({ length: 26 }, (_, i) => ({ week: addIsoWeeks(first, i * 4), who5: [3, 3, 2, 3, 3], burnout: 2 })),
  });
}

export const insightsBench: BenchSection = {
  name: "insights",
  description: "npm run insights's work (parse + computeInsights + result cards) on a two-year export",
  async run({ iterations, warmup }) {
    const text = twoYearExport();
    const parsed = parseExportFile(text);
    if (!parsed.ok) throw new Error(`bench export is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
    const file = parsed.file;
    const result = insightsJson(file);
    const runs = Math.min(iterations, MAX_RUNS);
    const rounds = Math.min(warmup, 3);
    const compute = await timeRepeated(runs, rounds, () => insightsJson(file));
    const whole = await timeRepeated(runs, rounds, () => {
      const again = parseExportFile(text);
      if (!again.ok) throw new Error("unreachable");
      return insightsJson(again.file);
    });
    const timings = [
      summarize(`insightsJson() over ${file.checkins.length} weeks (${result.tested} pairs × ${formatCount(INSIGHTS_CONFIG.permutations)} shuffles)`, compute, GOAL),
      summarize("parse the export + insightsJson() (the CLI without reading the file)", whole, GOAL),
    ];
    return {
      tables: [
        {
          title: "Input",
          headers: ["~export", "~weeks", "experiments", "~findings", "~size"],
          rows: [
            [
              "formerEngineer(104) + 3 experiments + 26 checks",
              `${file.checkins[0]?.week} … ${file.checkins.at(-1)?.week} (${file.checkins.length})`,
              String(file.experiments?.length ?? 0),
              String(result.findings.length),
              formatKb(text.length),
            ],
          ],
        },
        timingTable(`Timings (${formatCount(runs)} calls after ${rounds} warm-up calls)`, timings),
      ],
      goals: timingGoals("insights", timings),
    };
  },
};
