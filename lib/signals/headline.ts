import type { SignalsConfig } from "./config";
import { LEVEL_RANK, SIGN_META, type SignLevel } from "./meta";
import type { Snapshot } from "./snapshot";
import type { SignResult } from "./evaluate";
import { formatHoursShort, formatPct, formatRating, lastWeeks, weeksText } from "./verdict";

export type HeadlineSign = Pick<SignResult, "id" | "score" | "level" | "enoughData" | "trend" | "weeksAtLevel" | "reason" | "recovery"> & {
  need: { clause: string; moreWeeks: number } | null;
};

export type HeadlineInput = {
  signs: readonly HeadlineSign[];
  workload: { level: SignLevel; reason: string | null };
  lastLoggedWeek: string | null;
  weeksSinceLastLog: number | null;
  /** The last logged week's snapshot, for a calm summary. */
  snapshot: Snapshot | null;
  config: SignalsConfig;
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The most pressing first: level, then score, then rising before steady before easing. */
export function bySeverity<S extends Pick<HeadlineSign, "level" | "score" | "trend">>(a: S, b: S): number {
  const trendRank = { rising: 2, steady: 1, falling: 0 } as const;
  return (
    LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
    b.score - a.score ||
    trendRank[b.trend] - trendRank[a.trend]
  );
}

function signClause(sign: HeadlineSign, past: boolean): string {
  const name = SIGN_META[sign.id].name;
  const level = sign.level;
  const is = past ? "was" : "is";
  if (sign.trend === "rising") return `${name} ${is} at ${level} and rising`;
  if (sign.trend === "falling") return `${name} ${is} at ${level} but easing`;
  if (sign.weeksAtLevel >= 2) return `${name} ${past ? "had been" : "has been"} at ${level} for ${weeksText(sign.weeksAtLevel)}`;
  return `${name} ${is} at ${level}`;
}

function calmSummary(s: Snapshot): string {
  const hours = Number.isNaN(s.hoursRecent) ? "" : ` of your ${formatHoursShort(s.hoursRecent).replace(" h", "-hour")} weeks`;
  const satisfaction = Number.isNaN(s.satisfactionRecent) ? "" : `, and you rated your satisfaction ${formatRating(s.satisfactionRecent)} of 5`;
  return `over ${lastWeeks(s.recentCount)}, hands-on work took ${formatPct(s.executionRecentPct)}, meetings ${formatPct(s.meetingsRecentPct)} and mentoring ${formatPct(s.mentoringRecentPct)}${hours}${satisfaction}`;
}

const moreWeeks = (count: number) => (count === 1 ? "1 more week" : `${count} more weeks`);

/** One sentence: the most pressing sign with its reason and direction, or the calmest true summary, or what to log. */
export function toHeadline({ signs, workload, lastLoggedWeek, weeksSinceLastLog, snapshot, config }: HeadlineInput): string {
  const judged = signs.filter((s) => s.enoughData);
  const isAbsent = weeksSinceLastLog !== null && weeksSinceLastLog >= config.notLogging.fromWeeks;
  const absence = isAbsent ? `You have not logged for ${weeksText(weeksSinceLastLog!)}` : "";

  if (judged.length === 0) {
    if (snapshot === null) {
      const first = Math.min(...signs.map((s) => s.need?.moreWeeks || 1));
      return `Not enough data yet: log your first ${weeksText(first)} to see the first signs.`;
    }
    const needs = signs.map((s) => s.need).filter((n) => n !== null);
    const byWeeks = needs.filter((n) => n.moreWeeks > 0).map((n) => n.moreWeeks);
    if (isAbsent) {
      return `${absence}, so there is not enough recent data: log ${moreWeeks(Math.min(...byWeeks, 99))} to see your signs again.`;
    }
    if (byWeeks.length === needs.length && byWeeks.length > 0) {
      const fewest = Math.min(...byWeeks);
      const most = Math.max(...byWeeks);
      return fewest === most
        ? `Not enough data yet: log ${moreWeeks(fewest)} to see your signs.`
        : `Not enough data yet: log ${moreWeeks(fewest)} to see the first signs, and ${most} for all five.`;
    }
    const first = needs.find((n) => n.moreWeeks === 0) ?? needs[0]!;
    return `Not enough data yet: ${first.clause} to see the first signs.`;
  }

  const raised = [...judged].filter((s) => s.level !== "ok").sort(bySeverity);
  const top = raised[0];
  const workloadRank = LEVEL_RANK[workload.level];
  const others = raised.length - 1;
  const othersTail = others > 0 ? `; ${others === 1 ? "1 more sign is" : `${others} more signs are`} raised` : "";

  if (top !== undefined && LEVEL_RANK[top.level] >= workloadRank) {
    const reason = top.reason ? `: ${top.reason}` : "";
    const workloadTail = workloadRank > 0 && workload.reason ? `; and ${workload.reason}` : "";
    if (isAbsent) {
      return `${absence}, and at your last check-in (${lastLoggedWeek}) ${signClause(top, true)}${reason}${othersTail}.`;
    }
    return `${capitalize(signClause(top, false))}${reason}${othersTail}${workloadTail}.`;
  }
  if (workloadRank > 0 && workload.reason) {
    const signsTail = top ? `; ${signClause(top, false)} too` : "";
    return `${top ? "Your weeks are long" : "No warning sign is raised, but your weeks are long"}: ${workload.reason}${signsTail}.`;
  }

  const missing = signs.length - judged.length;
  const missingTail = missing > 0 ? ` (${missing === 1 ? "1 sign needs" : `${missing} signs need`} more data)` : "";
  if (isAbsent) return `${absence}; at your last check-in (${lastLoggedWeek}) no warning sign was raised${missingTail}.`;
  const recovered = judged.filter((s) => s.recovery !== null).sort((a, b) => LEVEL_RANK[b.recovery!.from] - LEVEL_RANK[a.recovery!.from])[0];
  if (recovered) {
    const r = recovered.recovery!;
    const at = r.isMixed ? "watch or alert" : r.from;
    return `No warning sign is raised${missingTail}: ${SIGN_META[recovered.id].name} is back to ok after ${weeksText(r.weeks)} at ${at}.`;
  }
  return `No warning sign is raised${missingTail}: ${snapshot ? calmSummary(snapshot) : "nothing stands out"}.`;
}
