import { hourShares, isAwayWeek, totalHours, type CheckinRecord, type Shares } from "./checkin";
import { compareIsoWeeks, isoWeeksBetween } from "./iso-week";

export type HistoryRow =
  | { kind: "logged"; week: string; total: number; shares: Shares; isAway: boolean; isDemo: boolean }
  | { kind: "gap"; week: string };

/**
 * Logged weeks newest first (only what a row shows: the rows go to the browser as they are), with a gap row for every unlogged week from the first logged week
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
        total: totalHours(checkin.hours),
        shares: hourShares(checkin.hours),
        isAway: isAwayWeek(checkin.hours),
        isDemo: checkin.isDemo,
      });
    } else if (compareIsoWeeks(week, lastGapWeek) <= 0) {
      rows.push({ kind: "gap", week });
    }
  }
  return rows.reverse();
}

/**
 * Weeks (logged or missing) per page of /history: a quarter, so the page costs the same after five
 * years and little more than any other page (issue 14's page cost: half a year a page made /history
 * the dearest page after the report).
 */
export const HISTORY_PAGE_WEEKS = 13;

export type HistoryPage = { rows: HistoryRow[]; page: number; pageCount: number };

/** The `?page=` of /history: a whole number from 1; anything else is page 1. */
export function parseHistoryPage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}

/** Page `page` (1 = the newest weeks) of `rows`, clamped to the last page. */
export function historyPage(rows: readonly HistoryRow[], page: number, perPage = HISTORY_PAGE_WEEKS): HistoryPage {
  const pageCount = Math.max(1, Math.ceil(rows.length / perPage));
  const current = Math.min(Math.max(1, Math.trunc(page)), pageCount);
  return { rows: rows.slice((current - 1) * perPage, current * perPage), page: current, pageCount };
}
