"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import { shownExperiments, type ExperimentSpanMark } from "@/lib/dashboard/experiment-weeks";
import { unpackWeeks, weekAxisLabel, type PackedWeeks } from "@/lib/dashboard/packed-weeks";
import { withStatusBands } from "@/lib/dashboard/status-bands";
import type { Targets } from "@/lib/validation/profile";
import { BrowserOnly } from "./browser-only";
import { experimentAreas, ExperimentKey } from "./experiment-marks";
import { SERIES_COLORS } from "./palette";
import { AwayPattern, StatusKey, statusBarProps } from "./status-marks";
import { WeekTooltip } from "./week-tooltip";

const STACK = [
  { key: "executionPct", name: "Hands-on execution", color: SERIES_COLORS.execution },
  { key: "mentoringPct", name: "Mentoring", color: SERIES_COLORS.mentoring },
  { key: "otherPct", name: "Other", color: SERIES_COLORS.other },
  { key: "meetingsPct", name: "Meetings", color: SERIES_COLORS.meetings },
] as const;

const percent = (v: number) => `${v} %`;

/** Execution is stacked at the bottom and meetings at the top, so each target is a band at its edge. */
export function TimeSplitChart({
  weeks,
  targets,
  experiments = [],
}: {
  weeks: PackedWeeks;
  targets: Targets;
  /** Experiment weeks to mark (issue 15), each clipped to the weeks shown. */
  experiments?: readonly ExperimentSpanMark[];
}) {
  const labels = new Map(weeks.weeks.map((w) => [w, weekAxisLabel(w)]));
  const marks = shownExperiments(weeks.weeks, experiments);
  const status = statusBarProps("split-away");
  return (
    <>
      <BrowserOnly height={280}>
        {() => (
          <BarChart
            responsive
            data={withStatusBands(unpackWeeks(weeks))}
            style={{ width: "100%", height: 280 }}
            margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
            accessibilityLayer={false}
          >
            <defs>
              <AwayPattern id="split-away" />
            </defs>
            <CartesianGrid strokeDasharray="3 3" vertical={false} className="chart-grid" />
            <XAxis dataKey="week" tickFormatter={(w: string) => labels.get(w) ?? w} tickLine={false} interval="preserveStartEnd" />
            <XAxis dataKey="week" xAxisId="status" hide />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} />
            <YAxis yAxisId="status" domain={[0, 1]} hide />
            <ReferenceArea y1={0} y2={targets.executionMinPct} fill={SERIES_COLORS.execution} fillOpacity={0.12} ifOverflow="extendDomain" />
            <ReferenceArea y1={100 - targets.meetingsMaxPct} y2={100} fill={SERIES_COLORS.meetings} fillOpacity={0.12} />
            <Bar {...status.away} />
            <Bar {...status.missing} />
            <Tooltip content={(props) => <WeekTooltip {...props} format={percent} />} />
            <Legend itemSorter={null} />
            {STACK.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} stackId="split" fill={s.color} isAnimationActive={false} />
            ))}
            {experimentAreas(marks)}
          </BarChart>
        )}
      </BrowserOnly>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm" style={{ backgroundColor: SERIES_COLORS.meetings, opacity: 0.35 }} />
          Top band: meetings target, at most {targets.meetingsMaxPct} %
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm" style={{ backgroundColor: SERIES_COLORS.execution, opacity: 0.35 }} />
          Bottom band: hands-on execution target, at least {targets.executionMinPct} %
        </span>
      </p>
      <ExperimentKey marks={marks} labels={labels} />
      <StatusKey />
    </>
  );
}
