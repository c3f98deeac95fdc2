import { SERIES_COLORS, SIGN_COLORS } from "@/components/charts/palette";
import { SIGN_IDS } from "@/lib/enums";
import type { ReportData } from "@/lib/report";

const W = 600;
const H = 140;
const SPLIT = ["meetings", "execution", "mentoring", "other"] as const;
const SPLIT_LABELS = { meetings: "Meetings", execution: "Hands-on execution", mentoring: "Mentoring", other: "Other" } as const;

function Legend({ items }: { items: ReadonlyArray<{ color: string; label: string }> }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700 dark:text-stone-300" aria-hidden="true">
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm" style={{ backgroundColor: i.color }} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}

/** Static SVG (no chart library, no client JS): prints crisply and never needs hydration. */
export function ReportTimeSplit({ report }: { report: ReportData }) {
  const slot = W / report.weeks.length;
  const bar = Math.max(1, slot * 0.78);
  const ceiling = H - (report.targets.meetingsMaxPct / 100) * H;
  return (
    <figure className="break-inside-avoid">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={`Time split per week from ${report.range.from} to ${report.range.to}; see the week-by-week table.`}>
        <rect x={0} y={0} width={W} height={H} className="fill-stone-100 dark:fill-stone-800" />
        {report.weeks.map((w, i) => {
          if (!w.shares) return null;
          let base = H;
          return SPLIT.map((key) => {
            const h = w.shares![key] * H;
            base -= h;
            return <rect key={`${w.week}-${key}`} x={i * slot + (slot - bar) / 2} y={base} width={bar} height={h} fill={SERIES_COLORS[key]} />;
          });
        })}
        <line x1={0} y1={ceiling} x2={W} y2={ceiling} className="stroke-stone-900 dark:stroke-stone-100" strokeWidth={1.5} strokeDasharray="6 4" />
      </svg>
      <Legend items={[...SPLIT.map((k) => ({ color: SERIES_COLORS[k], label: SPLIT_LABELS[k] }))]} />
      <figcaption className="mt-1 text-xs text-stone-600 dark:text-stone-400">
        One bar per week; the dashed line is the meetings ceiling of {report.targets.meetingsMaxPct} %. Empty slots are weeks away or not logged.
      </figcaption>
    </figure>
  );
}

export function ReportSignScores({ report }: { report: ReportData }) {
  const n = report.weeks.length;
  const x = (i: number) => (n === 1 ? W / 2 : (i / (n - 1)) * W);
  const y = (s: number) => H - (s / 100) * H;
  return (
    <figure className="break-inside-avoid">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label="Sign scores per week, 0 to 100; the levels are listed above.">
        <rect x={0} y={y(40)} width={W} height={y(0) - y(40)} className="fill-green-50 dark:fill-green-950" />
        <rect x={0} y={y(70)} width={W} height={y(40) - y(70)} className="fill-amber-50 dark:fill-amber-950" />
        <rect x={0} y={0} width={W} height={y(70)} className="fill-red-50 dark:fill-red-950" />
        {SIGN_IDS.map((id) => {
          let d = "";
          let pen = false;
          report.weeks.forEach((w, i) => {
            const s = w.status === "logged" ? w.scores[id] : null;
            if (s === null) {
              pen = false;
              return;
            }
            d += `${pen ? "L" : "M"}${x(i).toFixed(1)} ${y(s).toFixed(1)} `;
            pen = true;
          });
          return d ? <path key={id} d={d.trim()} stroke={SIGN_COLORS[id]} strokeWidth={2} fill="none" strokeLinecap="round" /> : null;
        })}
      </svg>
      <Legend items={report.signs.map((s) => ({ color: SIGN_COLORS[s.id], label: s.title }))} />
      <figcaption className="mt-1 text-xs text-stone-600 dark:text-stone-400">Score per logged week; bands: ok below 40, watch from 40, alert from 70.</figcaption>
    </figure>
  );
}
