import type { SignalsConfig } from "./config";
import { LEVEL_LABELS, LEVEL_RANK, type SignDirection, type SignLevel } from "./meta";
import { weeksText, type EvidenceLine } from "./verdict";

/** One sign's judged week: its level, or null when it did not have enough data that week. */
export type JudgedWeek = { ordinal: number; score: number; level: SignLevel | null };

/** `from` is the highest level of the stretch; `isMixed` when it also spent weeks at a lower raised level. */
export type Recovery = { from: SignLevel; to: SignLevel; weeks: number; isMixed: boolean };

export type SignStatus = { trend: SignDirection; weeksAtLevel: number; recovery: Recovery | null };

/**
 * Direction, persistence and recovery of one sign, read off its judged weeks (oldest first, the
 * last one being the week the signs are as of). Weeks are calendar weeks from the first logged
 * week of a stretch to its last.
 */
export function signStatus(weeks: readonly JudgedWeek[], config: SignalsConfig): SignStatus {
  const last = weeks.length - 1;
  const current = weeks[last];
  if (current === undefined || current.level === null) return { trend: "steady", weeksAtLevel: 0, recovery: null };

  let sum = 0;
  let count = 0;
  for (let i = last - 1; i >= 0 && count < config.direction.comparedWeeks; i--) {
    if (weeks[i]!.level === null) break;
    sum += weeks[i]!.score;
    count++;
  }
  const change = count === 0 ? 0 : current.score - sum / count;
  const trend: SignDirection = change >= config.direction.points ? "rising" : change <= -config.direction.points ? "falling" : "steady";

  let runStart = last;
  while (runStart > 0 && weeks[runStart - 1]!.level === current.level) runStart--;
  const weeksAtLevel = current.ordinal - weeks[runStart]!.ordinal + 1;

  let recovery: Recovery | null = null;
  if (weeksAtLevel <= config.recovery.withinWeeks) {
    const rank = LEVEL_RANK[current.level];
    let from = runStart;
    let peak: SignLevel | null = null;
    for (let i = runStart - 1; i >= 0; i--) {
      const level = weeks[i]!.level;
      if (level === null || LEVEL_RANK[level] <= rank) break;
      from = i;
      if (peak === null || LEVEL_RANK[level] > LEVEL_RANK[peak]) peak = level;
    }
    const stretch = peak === null ? 0 : weeks[runStart - 1]!.ordinal - weeks[from]!.ordinal + 1;
    if (peak !== null && stretch >= config.recovery.minWeeks) {
      const mixed = weeks.slice(from, runStart).some((w) => w.level !== peak);
      recovery = {
        from: peak,
        isMixed: mixed,
        to: current.level,
        weeks: stretch,
      };
    }
  }
  return { trend, weeksAtLevel, recovery };
}

export function recoveryLine(r: Recovery): EvidenceLine {
  const at = r.isMixed ? "at watch or alert" : `at ${LEVEL_LABELS[r.from].toLowerCase()}`;
  return r.to === "ok"
    ? { id: "status.back-to-ok", text: `Back to ok after ${weeksText(r.weeks)} ${at}.` }
    : { id: "status.down-to-watch", text: `Down to watch after ${weeksText(r.weeks)} ${at}.` };
}
