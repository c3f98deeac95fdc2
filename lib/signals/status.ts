import type { SignId } from "../enums";
import type { SignalsConfig } from "./config";
import { LEVEL_LABELS, LEVEL_RANK, type SignDirection, type SignLevel } from "./meta";
import { weeksText, type EvidenceLine } from "./verdict";

/** One sign's judged weeks, oldest first: each history entry's score and level (null when that week lacked the data). */
export type JudgedWeeks = {
  ordinals: readonly number[];
  history: ReadonlyArray<{ scores: Readonly<Record<SignId, number>>; levels: Readonly<Record<SignId, SignLevel | null>> }>;
  id: SignId;
};

/** `from` is the highest level of the stretch; `isMixed` when it also spent weeks at a lower raised level. */
export type Recovery = { from: SignLevel; to: SignLevel; weeks: number; isMixed: boolean };

export type SignStatus = { trend: SignDirection; weeksAtLevel: number; recovery: Recovery | null };

/**
 * Direction, persistence and recovery of one sign, read off its judged weeks (oldest first, the
 * last one being the week the signs are as of). Weeks are calendar weeks from the first logged
 * week of a stretch to its last.
 */
export function signStatus({ ordinals, history, id }: JudgedWeeks, config: SignalsConfig): SignStatus {
  const levels = { length: history.length, at: (i: number) => history[i]!.levels[id] };
  const scoreAt = (i: number) => history[i]!.scores[id];
  const last = levels.length - 1;
  const level = last >= 0 ? levels.at(last) : undefined;
  if (level === undefined || level === null) return { trend: "steady", weeksAtLevel: 0, recovery: null };

  let sum = 0;
  let count = 0;
  for (let i = last - 1; i >= 0 && count < config.direction.comparedWeeks; i--) {
    if (levels.at(i) === null) break;
    sum += scoreAt(i);
    count++;
  }
  const change = count === 0 ? 0 : scoreAt(last) - sum / count;
  const trend: SignDirection = change >= config.direction.points ? "rising" : change <= -config.direction.points ? "falling" : "steady";

  let runStart = last;
  while (runStart > 0 && levels.at(runStart - 1) === level) runStart--;
  const weeksAtLevel = ordinals[last]! - ordinals[runStart]! + 1;

  let recovery: Recovery | null = null;
  if (weeksAtLevel <= config.recovery.withinWeeks) {
    const rank = LEVEL_RANK[level];
    let from = runStart;
    let peak: SignLevel | null = null;
    let isMixed = false;
    for (let i = runStart - 1; i >= 0; i--) {
      const earlier = levels.at(i);
      if (earlier === null || earlier === undefined || LEVEL_RANK[earlier] <= rank) break;
      if (peak !== null && earlier !== peak) isMixed = true;
      from = i;
      if (peak === null || LEVEL_RANK[earlier] > LEVEL_RANK[peak]) peak = earlier;
    }
    const stretch = peak === null ? 0 : ordinals[runStart - 1]! - ordinals[from]! + 1;
    if (peak !== null && stretch >= config.recovery.minWeeks) recovery = { from: peak, to: level, weeks: stretch, isMixed };
  }
  return { trend, weeksAtLevel, recovery };
}

export function recoveryLine(r: Recovery): EvidenceLine {
  const at = r.isMixed ? "at watch or alert" : `at ${LEVEL_LABELS[r.from].toLowerCase()}`;
  return r.to === "ok"
    ? { id: "status.back-to-ok", text: `Back to ok after ${weeksText(r.weeks)} ${at}.` }
    : { id: "status.down-to-watch", text: `Down to watch after ${weeksText(r.weeks)} ${at}.` };
}
