import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { ChartTable, type ChartTableSpec } from "./chart-table";

/** A chart with its caption, a text summary, and the same numbers as a table for screen readers. */
export function ChartFigure({
  id,
  title,
  summary,
  table,
  children,
}: {
  id: string;
  title: string;
  summary: ReactNode;
  table: ChartTableSpec;
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
      <ChartTable title={title} table={table} />
    </Card>
  );
}
