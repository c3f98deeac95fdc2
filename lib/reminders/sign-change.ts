import { SIGN_IDS, type SignId } from "../enums";
import { addIsoWeeks, compareIsoWeeks } from "../iso-week";
import type { HistoryEntry, SignLevel } from "../signals";

/** One sign that moved between two logged weeks; `from` is null when that sign could not be judged before. */
export type SignLevelChange = { sign: SignId; from: SignLevel | null; to: SignLevel };

/** The changes judged at one logged week, against the logged week before it. */
export type SignChange = { week: string; changes: SignLevelChange[] };

/** A change is mailed only while it is news: judged at the week just ended or the one before. */
export const SIGN_CHANGE_RECENT_WEEKS = 2;

/**
 * What changed at the latest logged week up to `lastWeek`, against the logged week before it: every
 * sign whose level moved (raised or eased), and a sign that becomes Watch or Alert as soon as it can
 * be judged. A sign that can no longer be judged, or first judged OK, is no news. Null when nothing
 * changed, or when the latest week is older than SIGN_CHANGE_RECENT_WEEKS (the leader would be told
 * about something long past, e.g. right after turning the mail on).
 */
export function latestSignChange(history: readonly HistoryEntry[], lastWeek: string): SignChange | null {
  const upTo = history.filter((entry) => compareIsoWeeks(entry.week, lastWeek) <= 0);
  const latest = upTo.at(-1);
  const before = upTo.at(-2);
  if (!latest || !before) return null;
  if (compareIsoWeeks(latest.week, addIsoWeeks(lastWeek, -(SIGN_CHANGE_RECENT_WEEKS - 1))) < 0) return null;
  const changes: SignLevelChange[] = [];
  for (const sign of SIGN_IDS) {
    const to = latest.levels[sign];
    const from = before.levels[sign];
    if (to === null || to === from) continue;
    if (from === null && to === "ok") continue;
    changes.push({ sign, from, to });
  }
  return changes.length > 0 ? { week: latest.week, changes } : null;
}
