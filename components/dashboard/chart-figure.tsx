import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { ChartTable } from "./chart-table";

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
    <Card as="section" aria-labelledby={headingId} padding="sm">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-muted">{summary}</p>
      <figure className="mt-3" aria-hidden="true">
        {children}
      </figure>
      <ChartTable title={title} headers={columns.map((c) => c.header)} rows={rows.map((row) => columns.map((c) => row[c.key] ?? ""))} />
    </Card>
  );
}
