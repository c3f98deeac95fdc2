import { ACTIVITIES, ACTIVITY_LABELS, SIGN_IDS, type Activity, type SignId } from "../enums";
import { splitSummaryText } from "../time-split";
import type { ReportData, ReportSign, ReportWeek, Trend } from "./build";
import { levelBands, type SignLevel } from "./signals";

/**
 * The report shaped once for every renderer (the page, the share page, the PDF, Markdown, CSV):
 * every word, number and chart coordinate is decided here; renderers only lay it out.
 * Chart coordinates are fractions of the plot (x from the left, y from the top, 0–1).
 */
export type ReportView = {
  title: string;
  documentTitle: string;
  leader: { name: string; leadingSince: string; previousRole: string; team: string | null };
  period: string;
  range: { from: string; to: string };
  /** "26 weeks", "26 logged, 0 away, 0 not logged" and the one-line form under the title. */
  weeks: { total: string; counts: string };
  summaryLine: string;
  generatedOn: string;
  footer: string;
  talkingPoints: { heading: string; items: Array<{ id: string; title: string; ask: string }> };
  signs: {
    heading: string;
    items: SignItem[];
    table: ViewTable;
    levelsNote: string;
    chart: ScoreChart;
  };
  changes: { heading: string; items: string[]; empty: string };
  split: { heading: string; summary: string; chart: SplitChart };
  trends: { heading: string; caption: string; table: ViewTable };
  weekly: { heading: string; table: WeekTable };
  notes: { heading: string; items: Array<{ week: string; text: string }>; empty: string } | null;
  /** The week records as they are, for CSV (numbers unformatted). */
  records: ReportWeek[];
  includeNotes: boolean;
};

export type SignItem = { id: SignId; title: string; level: SignLevel; levelLabel: string; scoreText: string; evidence: string[] };

export type ViewTable = { caption: string; columns: string[]; rows: Array<{ header: string; cells: string[] }> };

/** A logged week has cells; a week away or not logged has only its `gap` word. */
export type WeekRow = { header: string; cells: string[]; gap: null } | { header: string; cells: null; gap: string };
export type WeekTable = { caption: string; columns: string[]; rows: WeekRow[] };

export type LegendItem = { key: Activity | SignId; label: string };
export type Point = { x: number; y: number };

export type SplitChart = {
  label: string;
  /** One bar per week; weeks away or not logged have no bar. `width` is a fraction of the plot, centred on `cx`. */
  bars: Array<{ week: string; cx: number; width: number; segments: Array<{ key: Activity; y: number; height: number }> }>;
  lines: Array<{ y: number; label: string }>;
  legend: LegendItem[];
  caption: string;
};

export type ScoreChart = {
  label: string;
  bands: Array<{ level: SignLevel; label: string; y: number; height: number }>;
  /** A run of consecutive logged weeks is one segment; a segment of one point is drawn as a dot. */
  series: Array<{ id: SignId; segments: Point[][] }>;
  legend: LegendItem[];
  caption: string;
};

const BAR_SHARE = 0.78;
const STATUS_WORDS = { away: "away", missing: "not logged" } as const;
const WEEK_COLUMNS = ["Week", "Hours", "Meetings", "Execution", "Mentoring", "Other", "Low-value meetings"];

const num = (v: number | null, unit = "") => (v === null ? "–" : `${v}${unit}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function scoreText(s: ReportSign): string {
  return s.startScore === null ? `score ${s.score} of 100` : `score ${s.startScore} → ${s.score} of 100 over the period`;
}

function movement(s: ReportSign): string {
  if (s.startScore === null) return `– → ${s.score}`;
  const diff = s.score - s.startScore;
  return `${s.startScore} → ${s.score} (${diff > 0 ? "+" : ""}${diff})`;
}

function splitChart(r: ReportData): SplitChart {
  const slot = 1 / r.weeks.length;
  const bars = r.weeks.flatMap((w, i) => {
    if (!w.shares) return [];
    let top = 1;
    const segments = ACTIVITIES.map((key) => {
      const height = w.shares![key];
      top -= height;
      return { key, y: top, height };
    });
    return [{ week: w.week, cx: (i + 0.5) * slot, width: slot * BAR_SHARE, segments }];
  });
  const ceiling = r.targets.meetingsMaxPct;
  return {
    label: `Time split per week from ${r.range.from} to ${r.range.to}; see the week-by-week table.`,
    bars,
    lines: [{ y: 1 - ceiling / 100, label: `Meetings ceiling ${ceiling} %` }],
    legend: ACTIVITIES.map((key) => ({ key, label: ACTIVITY_LABELS[key] })),
    caption: `One bar per week, ${r.range.from} to ${r.range.to}; the dashed line is the meetings ceiling of ${ceiling} %. Empty slots are weeks away or not logged.`,
  };
}

function scoreChart(r: ReportData): ScoreChart {
  const n = r.weeks.length;
  const x = (i: number) => (n === 1 ? 0.5 : i / (n - 1));
  const bands = levelBands(r.signals);
  const series = SIGN_IDS.map((id) => {
    const segments: Point[][] = [];
    let run: Point[] | null = null;
    r.weeks.forEach((w, i) => {
      const score = w.status === "logged" ? w.scores[id] : null;
      if (score === null) {
        run = null;
        return;
      }
      if (!run) segments.push((run = []));
      run.push({ x: x(i), y: 1 - score / 100 });
    });
    return { id, segments };
  });
  const [ok, watch, alert] = bands;
  return {
    label: "Sign scores per week, 0 to 100; the levels are listed above.",
    bands: bands.map((b) => ({ level: b.level, label: b.label, y: 1 - b.to / 100, height: (b.to - b.from) / 100 })),
    series,
    legend: r.signs.map((s) => ({ key: s.id, label: s.title })),
    caption: `Score 0–100 per logged week. Bands: ${ok.label} below ${ok.to}, ${watch.label} from ${watch.from}, ${alert.label} from ${alert.from}.`,
  };
}

const trendRow = (t: Trend) => ({ header: t.label, cells: [num(t.first), num(t.second), num(t.mean)] });

function weekRow(w: ReportWeek): WeekRow {
  if (w.status !== "logged") return { header: w.week, cells: null, gap: STATUS_WORDS[w.status] };
  const pct = (v: number | null) => num(v, " %");
  return { header: w.week, cells: [num(w.totalHours), pct(w.meetingsPct), pct(w.executionPct), pct(w.mentoringPct), pct(w.otherPct), pct(w.lowValuePct)], gap: null };
}

/** Shapes a built report for every renderer. */
export function toReportView(r: ReportData): ReportView {
  const { leader, counts, range } = r;
  const title = `Leadership report: ${leader.name}`;
  const team = leader.teamSize === null ? null : `team of ${leader.teamSize}`;
  const weeks = { total: plural(r.weekCount, "week"), counts: `${counts.logged} logged, ${counts.away} away, ${counts.missing} not logged` };
  const generatedOn = r.generatedAt.slice(0, 10);
  const [, watch, alert] = levelBands(r.signals);
  return {
    title,
    documentTitle: `${title}, ${r.period}`,
    leader: { name: leader.name, leadingSince: leader.leadingSince, previousRole: leader.previousRole, team },
    period: r.period,
    range,
    weeks,
    summaryLine: `${weeks.total}: ${weeks.counts} · leading since ${leader.leadingSince}, previously ${leader.previousRole}${team ? ` · ${team}` : ""}`,
    generatedOn,
    footer: `Pendulum · ${leader.name} · ${range.from} – ${range.to} · generated ${generatedOn}`,
    talkingPoints: { heading: "Suggested talking points for the 1:1", items: r.talkingPoints.map((p) => ({ id: p.id, title: p.title, ask: p.ask })) },
    signs: {
      heading: `Warning signs as of ${r.asOf}`,
      items: r.signs.map((s) => ({ id: s.id, title: s.title, level: s.level, levelLabel: s.levelLabel, scoreText: scoreText(s), evidence: s.evidence })),
      table: {
        caption: `Warning signs as of ${r.asOf}`,
        columns: ["Sign", "Level", "Score (0–100)", "Over the period"],
        rows: r.signs.map((s) => ({ header: s.title, cells: [s.levelLabel, String(s.score), movement(s)] })),
      },
      levelsNote: `${watch.label} starts at a score of ${watch.from}, ${alert.label.toLowerCase()} at ${alert.from}. Levels weigh every logged week up to the end of the period.`,
      chart: scoreChart(r),
    },
    changes: { heading: "Biggest changes", items: r.changes, empty: "No large changes over the period." },
    split: { heading: "Time split", summary: splitSummaryText(r.split, r.targets), chart: splitChart(r) },
    trends: {
      heading: "Energy and ratings",
      caption: "Averages on a 1–5 scale, first half of the period → second half, and over the whole period.",
      table: {
        caption: "Energy and ratings, first half of the period against the second",
        columns: ["Average (1–5)", "First half", "Second half", "Whole period"],
        rows: [...r.energy, ...r.ratings].map(trendRow),
      },
    },
    weekly: { heading: "Week by week", table: { caption: "Week by week", columns: WEEK_COLUMNS, rows: r.weeks.map(weekRow) } },
    notes: r.includeNotes ? { heading: "Notes", items: r.notes.map((n) => ({ week: n.week, text: n.note })), empty: "No notes in this period." } : null,
    records: r.weeks,
    includeNotes: r.includeNotes,
  };
}

/** An SVG path through points given as plot fractions, scaled to a width × height box. */
export function svgPath(points: readonly Point[], width: number, height: number): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${(p.x * width).toFixed(1)} ${(p.y * height).toFixed(1)}`).join(" ");
}
