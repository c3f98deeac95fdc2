import type { Activity } from "@/lib/enums";
import { REPORT_COLORS as C } from "@/lib/report/colors";
import { useHydrated } from "@/components/charts/browser-only";
import { svgPath, type LegendItem, type ScoreChart, type SplitChart } from "@/lib/report/view";

const W = 600;
const H = 140;

// The bands follow the colour scheme; the series keep the report's colours, which read on both.
const BAND_CLASS = {
  ok: "fill-ok-soft",
  watch: "fill-watch-soft",
  alert: "fill-alert-soft",
} as const;

function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-hidden="true">
      {items.map((i) => (
        <li key={i.key} className="flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm" style={{ backgroundColor: C.series[i.key] }} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The plot, drawn in the browser (see useHydrated); until then a box of the same shape holds its place,
 * so nothing below moves, and its label already names what it shows.
 */
function Plot({ label, children }: { label: string; children: React.ReactNode }) {
  const drawn = useHydrated();
  return drawn ? (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
      {children}
    </svg>
  ) : (
    <div role="img" aria-label={label} className="aspect-[600/140] w-full bg-surface-muted" />
  );
}

function Caption({ text }: { text: string }) {
  return <figcaption className="mt-1 text-xs text-muted">{text}</figcaption>;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** The bars' segments as one path per activity (a rectangle each): four elements, not one per week and activity. */
export function splitPaths(bars: SplitChart["bars"]): Array<{ key: Activity; d: string }> {
  const paths = new Map<Activity, string>();
  for (const bar of bars) {
    const width = Math.max(1, bar.width * W);
    const x = r2(bar.cx * W - width / 2);
    for (const s of bar.segments) paths.set(s.key, `${paths.get(s.key) ?? ""}M${x} ${r2(s.y * H)}h${r2(width)}v${r2(s.height * H)}h${r2(-width)}z`);
  }
  return [...paths].map(([key, d]) => ({ key, d }));
}

/** Plain SVG (no chart library): prints crisply; drawn from the page view's chart data. */
export function ReportTimeSplit({ chart }: { chart: SplitChart }) {
  return (
    <figure className="break-inside-avoid">
      <Plot label={chart.label}>
        <rect x={0} y={0} width={W} height={H} className="fill-surface-muted" />
        {splitPaths(chart.bars).map(({ key, d }) => (
          <path key={key} d={d} fill={C.series[key]} />
        ))}
        {chart.lines.map((l) => (
          <line key={l.label} x1={0} y1={l.y * H} x2={W} y2={l.y * H} className="stroke-text" strokeWidth={1.5} strokeDasharray="6 4" />
        ))}
      </Plot>
      <Legend items={chart.legend} />
      <Caption text={chart.caption} />
    </figure>
  );
}

export function ReportSignScores({ chart }: { chart: ScoreChart }) {
  return (
    <figure className="break-inside-avoid">
      <Plot label={chart.label}>
        {chart.bands.map((b) => (
          <rect key={b.level} x={0} y={b.y * H} width={W} height={b.height * H} className={BAND_CLASS[b.level]} />
        ))}
        {chart.series.flatMap((s) =>
          s.segments.map((seg, i) =>
            seg.length === 1 ? (
              <circle key={`${s.id}-${i}`} cx={seg[0]!.x * W} cy={seg[0]!.y * H} r={2} fill={C.series[s.id]} />
            ) : (
              <path key={`${s.id}-${i}`} d={svgPath(seg, W, H)} stroke={C.series[s.id]} strokeWidth={2} fill="none" strokeLinecap="round" />
            ),
          ),
        )}
      </Plot>
      <Legend items={chart.legend} />
      <Caption text={chart.caption} />
    </figure>
  );
}
