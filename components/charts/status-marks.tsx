/** Props of the two bars that mark away and not-logged weeks, drawn on a hidden axis pair ("status") behind the data. */
export function statusBarProps(awayPatternId: string) {
  const shared = { xAxisId: "status", yAxisId: "status", legendType: "none", isAnimationActive: false } as const;
  return {
    away: { ...shared, dataKey: "away", name: "Away", className: "chart-status-away", fill: `url(#${awayPatternId})` },
    missing: {
      ...shared,
      dataKey: "missing",
      name: "Not logged",
      className: "chart-status-missing",
      fill: "transparent",
      stroke: "var(--chart-text)",
      strokeOpacity: 0.5,
      strokeDasharray: "4 3",
    },
  } as const;
}

/** SVG pattern for away weeks, placed in a chart's <defs>; not-logged weeks are a dashed outline instead. */
export function AwayPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line x1="0" y1="0" x2="0" y2="6" strokeWidth="2" style={{ stroke: "var(--chart-text)" }} strokeOpacity="0.35" />
    </pattern>
  );
}

/** The key under a chart for the two kinds of empty week. */
export function StatusKey() {
  return (
    <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      <span className="inline-flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className="inline-block size-3 shrink-0 rounded-sm"
          style={{ backgroundImage: "repeating-linear-gradient(45deg, var(--chart-text) 0 1.5px, transparent 1.5px 4px)", opacity: 0.5 }}
        />
        Away (left out of every sign)
      </span>
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block size-3 rounded-sm border border-dashed border-muted" />
        Not logged
      </span>
    </p>
  );
}
