"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import type { WeekPoint } from "@/lib/dashboard/series";
import type { Targets } from "@/lib/validation/profile";
import { SERIES_COLORS } from "./palette";

const STACK = [
  { key: "executionPct", name: "Hands-on execution", color: SERIES_COLORS.execution },
  { key: "mentoringPct", name: "Mentoring", color: SERIES_COLORS.mentoring },
  { key: "otherPct", name: "Other", color: SERIES_COLORS.other },
  { key: "meetingsPct", name: "Meetings", color: SERIES_COLORS.meetings },
] as const;

const percent = (v: unknown) => (typeof v === "number" ? `${v} %` : "–");

/** Execution is stacked at the bottom and meetings at the top, so each target is a band at its edge. */
export function TimeSplitChart({ points, targets }: { points: WeekPoint[]; targets: Targets }) {
  return (
    <BarChart
      responsive
      data={points}
      style={{ width: "100%", height: 280 }}
      margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} className="chart-grid" />
      <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} />
      <ReferenceArea
        y1={0}
        y2={targets.executionMinPct}
        fill={SERIES_COLORS.execution}
        fillOpacity={0.12}
        ifOverflow="extendDomain"
        label={{ value: `execution ≥ ${targets.executionMinPct} %`, position: "insideBottomLeft", className: "chart-band-label" }}
      />
      <ReferenceArea
        y1={100 - targets.meetingsMaxPct}
        y2={100}
        fill={SERIES_COLORS.meetings}
        fillOpacity={0.12}
        label={{ value: `meetings ≤ ${targets.meetingsMaxPct} %`, position: "insideTopLeft", className: "chart-band-label" }}
      />
      <Tooltip formatter={percent} />
      <Legend />
      {STACK.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} stackId="split" fill={s.color} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
