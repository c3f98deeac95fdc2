"use client";

import { useState } from "react";
import type { ExperimentSpanMark } from "@/lib/dashboard/experiment-weeks";
import { unpackWeeks, type PackedWeeks } from "@/lib/dashboard/packed-weeks";
import { chartTable, type TableKind } from "@/lib/dashboard/tables";

/** Which table to draw, from the weeks the chart above it draws. */
export type ChartTableSpec = { kind: TableKind; weeks: PackedWeeks; experiments?: readonly ExperimentSpanMark[] };

/**
 * The numbers behind a chart, as a table behind a disclosure. The table is built from the chart's
 * own weeks, and only once the disclosure is opened: the all-time dashboard has four tables with a
 * row per week, and rendering them up front (or sending their cells as text beside the charts'
 * data) made most of its page, for tables a closed disclosure hides from everyone (screen readers
 * included) until it is opened.
 */
export function ChartTable({ title, table }: { title: string; table: ChartTableSpec }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-2" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer py-2 text-sm font-medium text-accent-text">Show the numbers as a table</summary>
      <div
        role="region"
        aria-label={`${title}, week by week`}
        tabIndex={0}
        className="overflow-x-auto rounded-md"
      >
        {open && <WeekTable title={title} table={table} />}
      </div>
    </details>
  );
}

function WeekTable({ title, table }: { title: string; table: ChartTableSpec }) {
  const { columns, rows } = chartTable(table.kind, unpackWeeks(table.weeks), table.experiments);
  return (
    <table className="data-table mt-2">
      <caption className="sr-only">{title}, week by week</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const [first, ...rest] = columns;
          return (
            <tr key={row.week}>
              <th scope="row">{row[first!.key]}</th>
              {rest.map((column) => (
                <td key={column.key}>{row[column.key] ?? ""}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
