"use client";

import Link from "next/link";
import { ACTIVITIES, ACTIVITY_LABELS } from "@/lib/enums";
import { formatHours, formatWeekLabel, formatWeekRange } from "@/lib/format";
import type { HistoryRow } from "@/lib/history";
import { ACTIVITY_BG, SplitBar } from "@/components/checkin/split-bar";
import { Badge } from "@/components/ui/badge";

function ActivityKey() {
  return (
    <ul aria-label="Colour key" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {ACTIVITIES.map((a) => (
        <li key={a} className="flex items-center gap-2">
          <span aria-hidden="true" className={`inline-block size-3 rounded-sm ${ACTIVITY_BG[a]}`} />
          {ACTIVITY_LABELS[a]}
        </li>
      ))}
    </ul>
  );
}

function LoggedRow({ row }: { row: Extract<HistoryRow, { kind: "logged" }> }) {
  return (
    <li className="history-week">
      <div className="history-week-head">
        <h2 className="font-semibold">
          <Link href={`/checkin/${row.week}`} aria-label={`${formatWeekLabel(row.week)}, edit`} className="history-week-link">
            {formatWeekLabel(row.week)}
          </Link>
        </h2>
        <div className="flex items-center gap-2">
          {row.isDemo ? <Badge tone="accent">Demo</Badge> : null}
          {row.isAway ? <Badge>Away</Badge> : <span className="text-sm font-semibold tabular-nums">{formatHours(row.total)}</span>}
        </div>
      </div>
      <p className="text-sm text-muted">{formatWeekRange(row.week)}</p>
      {row.isAway ? null : <SplitBar shares={row.shares} className="mt-2 h-3" />}
    </li>
  );
}

function GapRow({ week }: { week: string }) {
  return (
    <li className="history-gap">
      <div>
        <h2 className="font-medium text-muted">{formatWeekLabel(week)}</h2>
        <p className="text-sm text-muted">{formatWeekRange(week)} · Not logged</p>
      </div>
      <Link href={`/checkin/${week}`} className="history-gap-link">
        Log it<span className="sr-only"> ({formatWeekLabel(week)})</span>
      </Link>
    </li>
  );
}

/**
 * Logged weeks newest first with their split, and the weeks in between that were never logged.
 * A client component for its payload: the page sends each row as a few numbers rather than as
 * the row's rendered elements (the HTML is the same, rendered on the server all the same).
 */
export function HistoryList({ rows }: { rows: HistoryRow[] }) {
  return (
    <div className="space-y-3">
      <ActivityKey />
      <ol className="space-y-2">
        {rows.map((row) => (row.kind === "logged" ? <LoggedRow key={row.week} row={row} /> : <GapRow key={row.week} week={row.week} />))}
      </ol>
    </div>
  );
}
