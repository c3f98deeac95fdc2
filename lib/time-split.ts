import type { Activity } from "./enums";
import type { Targets } from "./validation/profile";

type SplitPoint = { status: "logged" | "away" | "missing" } & Record<`${Activity}Pct`, number | null>;

export type SplitSummary = {
  loggedWeeks: number;
  /** Mean share per activity over the logged weeks, in percent to one decimal; null with none logged. */
  average: Record<Activity, number | null>;
  weeksOverMeetings: number;
  weeksUnderExecution: number;
  weeksUnderMentoring: number;
};

const round1 = (v: number) => Math.round(v * 10) / 10;

function mean(values: number[]): number | null {
  return values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length);
}

/** How the logged weeks split against the leader's targets; away and missing weeks do not count. */
export function summarizeSplit(points: readonly SplitPoint[], targets: Targets): SplitSummary {
  const logged = points.filter((p) => p.status === "logged");
  const pct = (key: `${Activity}Pct`) => logged.map((p) => p[key] ?? 0);
  return {
    loggedWeeks: logged.length,
    average: { meetings: mean(pct("meetingsPct")), execution: mean(pct("executionPct")), mentoring: mean(pct("mentoringPct")), other: mean(pct("otherPct")) },
    weeksOverMeetings: pct("meetingsPct").filter((v) => v > targets.meetingsMaxPct).length,
    weeksUnderExecution: pct("executionPct").filter((v) => v < targets.executionMinPct).length,
    weeksUnderMentoring: pct("mentoringPct").filter((v) => v < targets.mentoringMinPct).length,
  };
}

const percent = (v: number | null) => (v === null ? "–" : `${v} %`);
const weeks = (n: number) => `${n} ${n === 1 ? "week" : "weeks"}`;

/** The time split in one paragraph, the same on the dashboard and in every report format. */
export function splitSummaryText(summary: SplitSummary, targets: Targets): string {
  const a = summary.average;
  const goals = `Targets: meetings at most ${targets.meetingsMaxPct} %, hands-on execution at least ${targets.executionMinPct} %, mentoring at least ${targets.mentoringMinPct} %.`;
  if (summary.loggedWeeks === 0) return `${goals} No logged weeks in this period.`;
  return (
    `${goals} Average over ${summary.loggedWeeks === 1 ? "the one logged week" : `the ${summary.loggedWeeks} logged weeks`}: meetings ${percent(a.meetings)}, execution ${percent(a.execution)}, mentoring ${percent(a.mentoring)}, other ${percent(a.other)}. ` +
    `Meetings were above target in ${weeks(summary.weeksOverMeetings)}, execution below in ${weeks(summary.weeksUnderExecution)}, mentoring below in ${weeks(summary.weeksUnderMentoring)}.`
  );
}
