import { evaluate } from "../../lib/signals";
import { isAwayWeek } from "../../lib/checkin";
import { fiveYearLead } from "../../lib/signals/fixtures/personas";
import { formatCount, summarize, timeRepeated, timingGoals, timingTable, type BenchSection, type Goal } from "./harness";

const GOAL: Goal = { stat: "median", ms: 1 };
const MIN_ITERATIONS = 1000;

export const signalsBench: BenchSection = {
  name: "signals",
  description: "evaluate() from lib/signals over five years of weeks, history included",
  async run({ iterations, warmup }) {
    // The same five-year persona the unit tests use: drifting execution share, away weeks, unanswered 1:1s.
    const data = fiveYearLead();
    const result = evaluate(data);
    const runs = Math.max(iterations, MIN_ITERATIONS);
    const samples = await timeRepeated(runs, warmup, () => evaluate(data));

    const away = data.checkins.filter((c) => isAwayWeek(c.hours)).length;
    const timings = [summarize(`evaluate() over ${data.checkins.length} weeks incl. history`, samples, GOAL)];
    return {
      tables: [
        {
          title: "Input",
          headers: ["~persona", "~weeks", "away", "history entries", "~asOf", "~levels"],
          rows: [
            [
              "fiveYearLead() (lib/signals/fixtures/personas.ts)",
              `${data.checkins[0]?.week} … ${data.checkins.at(-1)?.week} (${data.checkins.length})`,
              formatCount(away),
              formatCount(result.history.length),
              result.asOf ?? "-",
              result.signs.map((s) => s.level).join(" "),
            ],
          ],
        },
        timingTable(`Timings (${formatCount(runs)} calls after ${warmup} warm-up calls)`, timings),
      ],
      goals: timingGoals("signals", timings),
    };
  },
};
