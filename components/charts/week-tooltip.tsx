"use client";

import type { WeekPoint } from "@/lib/dashboard/packed-weeks";

type Entry = { dataKey?: unknown; name?: unknown; value?: unknown; color?: string; payload?: unknown };

export const STATUS_KEYS = new Set(["away", "missing"]);

/** The tooltip of every dashboard chart: the week, then its values, or that it was away or not logged. */
export function WeekTooltip({
  active,
  payload,
  format,
}: {
  active?: boolean;
  payload?: ReadonlyArray<Entry>;
  format: (value: number) => string;
}) {
  if (!active || !payload || payload.length === 0) return null;
  const row = payload[0]!.payload as Pick<WeekPoint, "label" | "range" | "status"> | undefined;
  if (!row) return null;
  const values = payload.filter((e) => !STATUS_KEYS.has(String(e.dataKey)) && typeof e.value === "number");
  return (
    <div className="max-w-64 rounded-lg border border-border-strong bg-surface px-3 py-2 text-xs text-text shadow-md">
      <p className="font-semibold">
        {row.label} · {row.range}
      </p>
      {row.status === "away" && <p className="mt-1">Away: left out of every trend and sign.</p>}
      {row.status === "missing" && <p className="mt-1">Not logged.</p>}
      {row.status === "logged" && values.length === 0 && <p className="mt-1">Not answered.</p>}
      {values.length > 0 && (
        <ul className="mt-1 space-y-0.5">
          {values.map((e) => (
            <li key={String(e.dataKey)} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block size-2.5 rounded-sm" style={{ backgroundColor: e.color }} />
              <span>{String(e.name)}</span>
              <span className="ml-auto pl-3 font-semibold tabular-nums">{format(e.value as number)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
