"use client";

import { useId } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { shownExperiments, type ExperimentSpanMark } from "@/lib/dashboard/experiment-weeks";
import { scoreRows, unpackWeeks, weekAxisLabel, type PackedWeeks, type WeekPoint } from "@/lib/dashboard/packed-weeks";
import { withStatusBands } from "@/lib/dashboard/status-bands";
import { BrowserOnly } from "./browser-only";
import { experimentAreas, ExperimentKey } from "./experiment-marks";
import { AwayPattern, StatusKey, statusBarProps } from "./status-marks";
import { WeekTooltip } from "./week-tooltip";

export type TrendSeries = { key: string; name: string; color: string; dash?: string };

type Row = Pick<WeekPoint, "week" | "label" | "range" | "status"> & Record<string, unknown>;

/** The plotted rows, built in the browser only: a week's values, or its sign scores for the score chart. */
function chartRows(weeks: PackedWeeks, plot: "values" | "scores") {
  const points = unpackWeeks(weeks);
  return withStatusBands<Row>(plot === "scores" ? scoreRows(points) : points);
}

/**
 * Points joined by straight segments (answers are whole numbers: nothing to smooth between them);
 * a null value leaves a gap, and away and not-logged weeks are marked differently behind the lines.
 */
export function TrendLineChart({
  weeks,
  plot = "values",
  series,
  domain,
  ticks,
  thresholds = [],
  unit,
  height = 260,
  experiments = [],
}: {
  weeks: PackedWeeks;
  /** What the series keys name: a week's values, or its sign scores. */
  plot?: "values" | "scores";
  series: readonly TrendSeries[];
  domain: [number, number];
  ticks?: number[];
  thresholds?: ReadonlyArray<{ value: number; label: string }>;
  /** How a value reads in the tooltip: "of 5", "of 100". */
  unit: string;
  height?: number;
  /** Experiment weeks to mark (issue 15), each clipped to the weeks shown. */
  experiments?: readonly ExperimentSpanMark[];
}) {
  const awayId = `away-${useId().replace(/:/g, "")}`;
  const status = statusBarProps(awayId);
  const labels = new Map(weeks.weeks.map((w) => [w, weekAxisLabel(w)]));
  const marks = shownExperiments(weeks.weeks, experiments);
  return (
    <>
      <BrowserOnly height={height}>
        {() => (
          <ComposedChart
            responsive
            data={chartRows(weeks, plot)}
            style={{ width: "100%", height }}
            margin={{ top: 8, right: thresholds.length > 0 ? 44 : 12, bottom: 0, left: -16 }}
            accessibilityLayer={false}
          >
            <defs>
              <AwayPattern id={awayId} />
            </defs>
            <CartesianGrid strokeDasharray="3 3" vertical={false} className="chart-grid" />
            <XAxis dataKey="week" tickFormatter={(w: string) => labels.get(w) ?? w} tickLine={false} interval="preserveStartEnd" />
            <XAxis dataKey="week" xAxisId="status" hide />
            <YAxis domain={domain} ticks={ticks} allowDecimals={false} />
            <YAxis yAxisId="status" domain={[0, 1]} hide />
            <Bar {...status.away} />
            <Bar {...status.missing} />
            {experimentAreas(marks)}
            {thresholds.map((t) => (
              <ReferenceLine
                key={t.value}
                y={t.value}
                strokeDasharray="4 4"
                className="chart-threshold"
                label={{ value: t.label, position: "right", className: "chart-band-label" }}
              />
            ))}
            <Tooltip content={(props) => <WeekTooltip {...props} format={(v) => `${v} ${unit}`} />} />
            <Legend itemSorter={null} />
            {series.map((s) => (
              <Line
                key={s.key}
                type="linear"
                dataKey={s.key}
                name={s.name}
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray={s.dash}
                dot={{ r: 3.5, strokeWidth: 1.5, fill: s.color }}
                activeDot={{ r: 5 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </ComposedChart>
        )}
      </BrowserOnly>
      <ExperimentKey marks={marks} labels={labels} />
      <StatusKey />
    </>
  );
}
