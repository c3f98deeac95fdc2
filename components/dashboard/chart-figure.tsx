import type { ReactNode } from "react";

export type TableColumn = { key: string; header: string };

/** A chart with its caption, a text summary, and the same numbers as a table for screen readers. */
export function ChartFigure({
  id,
  title,
  summary,
  columns,
  rows,
  children,
}: {
  id: string;
  title: string;
  summary: ReactNode;
  columns: readonly TableColumn[];
  rows: ReadonlyArray<Record<string, string>>;
  children: ReactNode;
}) {
  const headingId = `${id}-title`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{summary}</p>
      <figure className="mt-3" aria-hidden="true">
        {children}
      </figure>
      <details className="mt-2">
        <summary className="cursor-pointer py-2 text-sm font-medium text-blue-700 dark:text-blue-300">
          Show the numbers as a table
        </summary>
        <div
          role="region"
          aria-label={`${title}, week by week`}
          tabIndex={0}
          className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400"
        >
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{title}, week by week</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className="border-b border-stone-200 px-2 py-1 font-semibold whitespace-nowrap dark:border-stone-700">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} className="odd:bg-stone-50 dark:odd:bg-stone-950">
                  {columns.map((c, j) =>
                    j === 0 ? (
                      <th key={c.key} scope="row" className="px-2 py-1 font-medium whitespace-nowrap">
                        {row[c.key]}
                      </th>
                    ) : (
                      <td key={c.key} className="px-2 py-1 tabular-nums">
                        {row[c.key]}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
