"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

export type TrendSeries = { key: string; name: string; color: string; dash?: string };

/** Lines over weeks with gaps where a value is null (missing or away weeks stay gaps). */
export function TrendLineChart({
  data,
  series,
  domain,
  ticks,
  thresholds = [],
  height = 260,
}: {
  data: ReadonlyArray<Record<string, unknown>>;
  series: readonly TrendSeries[];
  domain: [number, number];
  ticks?: number[];
  thresholds?: ReadonlyArray<{ value: number; label: string }>;
  height?: number;
}) {
  return (
    <LineChart
      responsive
      data={data as Record<string, unknown>[]}
      style={{ width: "100%", height }}
      margin={{ top: 8, right: thresholds.length > 0 ? 40 : 12, bottom: 0, left: -16 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} className="chart-grid" />
      <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" padding={{ left: 8, right: 8 }} />
      <YAxis domain={domain} ticks={ticks} allowDecimals={false} />
      {thresholds.map((t) => (
        <ReferenceLine
          key={t.value}
          y={t.value}
          strokeDasharray="4 4"
          className="chart-threshold"
          label={{ value: t.label, position: "right", className: "chart-band-label" }}
        />
      ))}
      <Tooltip />
      <Legend itemSorter={null} />
      {series.map((s) => (
        <Line
          key={s.key}
          type="monotone"
          dataKey={s.key}
          name={s.name}
          stroke={s.color}
          strokeWidth={2}
          strokeDasharray={s.dash}
          dot={{ r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
