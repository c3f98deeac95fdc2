"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { SERIES_COLORS } from "@/components/charts/palette";

export type WellbeingChartPoint = { week: string; label: string; who5: number | null; burnout: number | null };

/**
 * The monthly checks over time: the WHO-5 score (0–100, left axis, with the published cut-offs as
 * dashed lines) and the single-item burnout answer (1–5, right axis). The table beside it holds
 * the same numbers for screen readers.
 */
export function WellbeingChart({ points, poorAtMost, likelyDepressionAtMost }: { points: WellbeingChartPoint[]; poorAtMost: number; likelyDepressionAtMost: number }) {
  const labels = new Map(points.map((p) => [p.week, p.label]));
  return (
    <ComposedChart responsive data={points} style={{ width: "100%", height: 240 }} margin={{ top: 8, right: 0, bottom: 0, left: -16 }} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} className="chart-grid" />
      <XAxis dataKey="week" tickFormatter={(w: string) => labels.get(w) ?? w} tickLine={false} interval="preserveStartEnd" padding={{ left: 20, right: 20 }} />
      <YAxis yAxisId="who5" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} />
      <YAxis yAxisId="burnout" orientation="right" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} />
      <ReferenceLine yAxisId="who5" y={poorAtMost} strokeDasharray="4 4" className="chart-threshold" label={{ value: `${poorAtMost}: poor wellbeing`, position: "top", className: "chart-band-label" }} />
      <ReferenceLine yAxisId="who5" y={likelyDepressionAtMost} strokeDasharray="4 4" className="chart-threshold" label={{ value: `${likelyDepressionAtMost}: very low`, position: "top", className: "chart-band-label" }} />
      <Tooltip labelFormatter={(w) => labels.get(String(w)) ?? String(w)} />
      <Legend itemSorter={null} />
      <Line yAxisId="who5" type="linear" dataKey="who5" name="WHO-5 (0–100, left)" stroke={SERIES_COLORS.satisfaction} strokeWidth={2} dot={{ r: 3.5 }} connectNulls isAnimationActive={false} />
      <Line
        yAxisId="burnout"
        type="linear"
        dataKey="burnout"
        name="Burnout (1–5, right)"
        stroke={SERIES_COLORS.meetings}
        strokeWidth={2}
        strokeDasharray="6 3"
        dot={{ r: 3.5 }}
        connectNulls
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
