import type { SignalsConfig } from "./config";
import { dataNeed } from "./enough-data";
import type { SignLevel } from "./meta";
import type { Snapshot, WindowCounts } from "./snapshot";
import { formatHoursShort, lastWeeks, type EvidenceLine } from "./verdict";

export type Workload = {
  /** Mean hours a week over the recent logged weeks, one decimal; null before any logged week. */
  recentAverageHours: number | null;
  level: SignLevel;
  enoughData: boolean;
  evidence: string[];
  /** A clause for the headline when the level is raised. */
  reason: string | null;
};

const round1 = (v: number) => Math.round(v * 10) / 10;

export function judgeWorkload(s: Snapshot | null, counts: WindowCounts, config: SignalsConfig): Workload & { lines: EvidenceLine[] } {
  const w = config.workload;
  const average = s === null ? null : round1(s.hoursRecent);
  const need = dataNeed("workload", s?.loggedWeeks ?? 0, counts, config);
  if (s === null || need !== null) {
    const lines = need ? [need.line] : [];
    return { recentAverageHours: average, level: "ok", enoughData: false, evidence: lines.map((l) => l.text), reason: null, lines };
  }
  const recent = lastWeeks(s.recentCount);
  const hours = formatHoursShort(s.hoursRecent);
  const rise = s.hoursRecent - s.hoursPrior;
  const isRising = rise >= w.riseHours && s.hoursRecent >= w.riseFromHours;
  const lines: EvidenceLine[] = [];
  let level: SignLevel = "ok";
  let reason: string | null = null;
  if (s.hoursRecent >= w.alertFromHours) {
    level = "alert";
    reason = `you averaged ${hours} a week lately, above the ${w.alertFromHours} h that research links to health risks`;
    lines.push({
      id: "workload.alert",
      text: `Your weeks averaged ${hours} over ${recent}. Working ${w.alertFromHours} hours or more a week is linked to a higher risk of stroke and heart disease (WHO/ILO, 2021).`,
    });
  } else if (s.hoursRecent >= w.watchFromHours) {
    level = "watch";
    reason = `you averaged ${hours} a week lately, above ${w.watchFromHours} h`;
    lines.push({
      id: "workload.watch",
      text: `Your weeks averaged ${hours} over ${recent}. Beyond about ${w.watchFromHours} hours a week, output per hour drops (Pencavel, 2014).`,
    });
  }
  if (isRising) {
    if (level === "ok") {
      level = "watch";
      reason = `your weeks grew from about ${formatHoursShort(s.hoursPrior)} to ${hours}`;
    }
    lines.push({
      id: "workload.rise",
      text: `Your weeks grew from a usual ${formatHoursShort(s.hoursPrior)} to ${hours} on average over ${recent}.`,
    });
  }
  return { recentAverageHours: average, level, enoughData: true, evidence: lines.map((l) => l.text), reason, lines };
}
