import type { Evaluation, SignResult, SignScores } from "./evaluate";
import type { SignLevel } from "./meta";

/** The `npm run signals` output; docs/signals.md is its reference. Notes are left out on purpose. */
export type SignalsJson = {
  asOf: string | null;
  headline: string;
  lastLoggedWeek: string | null;
  weeksSinceLastLog: number | null;
  workload: { recentAverageHours: number | null; level: SignLevel; evidence: string[] };
  signs: Array<Pick<SignResult, "id" | "score" | "level" | "enoughData" | "trend" | "weeksAtLevel" | "evidence"> & { steps: string[] }>;
  history: Array<{ week: string; scores: SignScores }>;
};

const stepText = (step: { title: string; text: string }) => `${step.title}: ${step.text}`;

export function toSignalsJson(e: Evaluation): SignalsJson {
  return {
    asOf: e.asOf,
    headline: e.headline,
    lastLoggedWeek: e.lastLoggedWeek,
    weeksSinceLastLog: e.weeksSinceLastLog,
    workload: { recentAverageHours: e.workload.recentAverageHours, level: e.workload.level, evidence: e.workload.evidence },
    signs: e.signs.map((s) => ({
      id: s.id,
      score: s.score,
      level: s.level,
      enoughData: s.enoughData,
      trend: s.trend,
      weeksAtLevel: s.weeksAtLevel,
      evidence: s.evidence,
      steps: s.steps.map(stepText),
    })),
    history: e.history.map((h) => ({ week: h.week, scores: h.scores })),
  };
}
