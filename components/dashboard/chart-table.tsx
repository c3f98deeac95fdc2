"use client";

import { useState } from "react";

/**
 * The numbers behind a chart, as a table behind a disclosure. The rows arrive as plain strings and
 * are drawn only once the disclosure is opened: the all-time dashboard has four tables with a row
 * per week, and rendering them up front made most of its HTML and its render time, for a table a
 * closed disclosure hides from everyone (screen readers included) until it is opened.
 */
export function ChartTable({ title, headers, rows }: { title: string; headers: readonly string[]; rows: ReadonlyArray<readonly string[]> }) {
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
        {open && (
          <table className="data-table mt-2">
            <caption className="sr-only">{title}, week by week</caption>
            <thead>
              <tr>
                {headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([first, ...cells], i) => (
                <tr key={i}>
                  <th scope="row">{first}</th>
                  {cells.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </details>
  );
}
