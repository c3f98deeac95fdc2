import Link from "next/link";
import { ACTIVITIES, ACTIVITY_LABELS } from "@/lib/enums";
import { formatHours, formatWeekLabel, formatWeekRange } from "@/lib/format";
import type { HistoryRow } from "@/lib/history";
import { ACTIVITY_BG, SplitBar } from "@/components/checkin/split-bar";

const badge = "rounded-full px-2 py-0.5 text-xs font-semibold";

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
    <li className="relative rounded-xl border border-stone-200 bg-white p-4 focus-within:border-blue-600 hover:border-blue-600 dark:border-stone-800 dark:bg-stone-900 dark:focus-within:border-blue-400 dark:hover:border-blue-400">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 className="font-semibold">
          <Link
            href={`/checkin/${row.week}`}
            aria-label={`${formatWeekLabel(row.week)}, edit`}
            className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
          >
            {formatWeekLabel(row.week)}
          </Link>
        </h2>
        <div className="flex items-center gap-2">
          {row.checkin.isDemo ? (
            <span className={`${badge} bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100`}>Demo</span>
          ) : null}
          {row.isAway ? (
            <span className={`${badge} bg-stone-200 text-stone-800 dark:bg-stone-700 dark:text-stone-100`}>Away</span>
          ) : (
            <span className="text-sm font-semibold tabular-nums">{formatHours(row.total)}</span>
          )}
        </div>
      </div>
      <p className="text-sm text-stone-600 dark:text-stone-400">{formatWeekRange(row.week)}</p>
      {row.isAway ? null : <SplitBar shares={row.shares} className="mt-2 h-3" />}
    </li>
  );
}

function GapRow({ week }: { week: string }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-dashed border-stone-300 px-4 py-2 dark:border-stone-700">
      <div>
        <h2 className="font-medium text-stone-700 dark:text-stone-300">{formatWeekLabel(week)}</h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">{formatWeekRange(week)} · Not logged</p>
      </div>
      <Link
        href={`/checkin/${week}`}
        className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold text-blue-700 underline underline-offset-2 hover:bg-stone-100 dark:text-blue-300 dark:hover:bg-stone-800"
      >
        Log it<span className="sr-only"> ({formatWeekLabel(week)})</span>
      </Link>
    </li>
  );
}

/** Logged weeks newest first with their split, and the weeks in between that were never logged. */
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
