import type { ReportData } from "./build";

const num = (v: number | null) => (v === null ? "–" : `${v} %`);
const weeks = (n: number) => `${n} ${n === 1 ? "week" : "weeks"}`;

/** The time split in one paragraph, the same in every format. */
export function splitSummary({ targets, split }: Pick<ReportData, "targets" | "split">): string {
  const a = split.average;
  return (
    `Targets: meetings at most ${targets.meetingsMaxPct} %, hands-on execution at least ${targets.executionMinPct} %, mentoring at least ${targets.mentoringMinPct} %. ` +
    `Average over logged weeks: meetings ${num(a.meetings)}, execution ${num(a.execution)}, mentoring ${num(a.mentoring)}, other ${num(a.other)}. ` +
    `Meetings were above target in ${weeks(split.weeksOverMeetings)}, execution below in ${weeks(split.weeksUnderExecution)}, mentoring below in ${weeks(split.weeksUnderMentoring)}.`
  );
}
