import { hourShares, isAwayWeek, totalHours, type CheckinRecord, type Shares } from "./checkin";
import { compareIsoWeeks, isoWeeksBetween } from "./iso-week";

export type HistoryRow =
  | { kind: "logged"; week: string; checkin: CheckinRecord; total: number; shares: Shares; isAway: boolean }
  | { kind: "gap"; week: string };

/**
 * Logged weeks newest first, with a gap row for every unlogged week from the first logged week
 * up to `lastGapWeek` (the last completed week: the current one isn't missing yet).
 */
export function toHistoryRows(checkins: readonly CheckinRecord[], lastGapWeek: string): HistoryRow[] {
  if (checkins.length === 0) return [];
  const byWeek = new Map(checkins.map((c) => [c.week, c]));
  const sorted = [...byWeek.keys()].sort(compareIsoWeeks);
  const first = sorted[0]!;
  const lastLogged = sorted[sorted.length - 1]!;
  const last = compareIsoWeeks(lastLogged, lastGapWeek) > 0 ? lastLogged : lastGapWeek;
  const rows: HistoryRow[] = [];
  for (const week of isoWeeksBetween(first, last)) {
    const checkin = byWeek.get(week);
    if (checkin) {
      rows.push({
        kind: "logged",
        week,
        checkin,
        total: totalHours(checkin.hours),
        shares: hourShares(checkin.hours),
        isAway: isAwayWeek(checkin.hours),
      });
    } else if (compareIsoWeeks(week, lastGapWeek) <= 0) {
      rows.push({ kind: "gap", week });
    }
  }
  return rows.reverse();
}
