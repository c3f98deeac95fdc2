import { ACTIVITIES, ACTIVITY_LABELS, SIGN_IDS, type Activity, type SignId } from "../enums";
import { isoWeekStartDate } from "../iso-week";
import { splitSummaryText } from "../time-split";
import type { ReportData, ReportSign, ReportWeek, Trend } from "./build";
import type { ExperimentsReviewSection } from "./experiments-review";
import { levelBands, type SignLevel } from "./signals";
import type { TalkingPointChoice } from "./talking-points";

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
  /** "3 demo weeks left out …" when the range had demo weeks; every renderer shows it near the top. */
  demoNote: string | null;
  /** Set when the range has nothing to report: renderers show this message instead of the report, and it can't be shared. */
  empty: string | null;
  generatedOn: string;
  /** On every PDF page: who and which weeks at the top; provenance and the date at the bottom ("Page N of M" beside it). */
  header: string;
  footer: string;
  /** Page 1's headline: the signs in one sentence, then each raised sign in plain words. */
  brief: { headline: string; raised: Array<{ id: SignId; level: SignLevel; levelLabel: string; title: string; detail: string | null }> };
  talkingPoints: { heading: string; items: Array<{ id: string; title: string; ask: string }>; empty: string };
  /** Every suggestion for the range, for the leader's curation form (never rendered for the manager). */
  suggestions: Array<{ id: string; title: string; ask: string; ticked: boolean; leaderOnly: boolean }>;
  /** The leader's saved choice behind the points, or null when they are the suggested ones. */
  choice: TalkingPointChoice | null;
  /** The leader's own message to the manager, when they wrote one. */
  message: { heading: string; text: string } | null;
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
  /** The leader's experiments and quarterly review, only when they chose to include them (null: absent from every format). */
  experimentsReview: ExperimentsReviewSection | null;
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

/** Axis ticks as plot fractions with their labels; `unit` names the axis. */
export type Axis = { title: string; ticks: Array<{ at: number; label: string }> };

export type SplitChart = {
  label: string;
  /** "week" draws a bar per week; past MAX_WEEK_BARS weeks the bars are calendar months (hours summed). */
  per: "week" | "month";
  /** One bar per week (or month); weeks away or not logged have no bar. `width` is a fraction of the plot, centred on `cx`. */
  bars: Array<{ week: string; cx: number; width: number; segments: Array<{ key: Activity; y: number; height: number }> }>;
  x: Axis;
  y: Axis;
  lines: Array<{ y: number; label: string }>;
  legend: LegendItem[];
  caption: string;
};

export type ScoreChart = {
  label: string;
  x: Axis;
  y: Axis;
  bands: Array<{ level: SignLevel; label: string; y: number; height: number }>;
  /** A run of consecutive logged weeks is one segment; a segment of one point is drawn as a dot. */
  series: Array<{ id: SignId; segments: Point[][] }>;
  legend: LegendItem[];
  caption: string;
};

const BAR_SHARE = 0.78;
const STATUS_WORDS = { away: "away", missing: "not logged" } as const;
const DEMO_GAP = "demo week, left out";
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

/** Past this many weeks a bar per week gets thinner than about 4 pt on an A4 page: the chart shows months. */
export const MAX_WEEK_BARS = 78;
/** At most this many labels under a chart, so they never overlap. */
const MAX_X_LABELS = 7;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The month an ISO week belongs to: its Thursday's (so each week is in exactly one month). */
export function weekMonth(week: string): string {
  const thursday = new Date(`${isoWeekStartDate(week)}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() + 3);
  return thursday.toISOString().slice(0, 7);
}

const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const shortWeek = (week: string, withYear: boolean) => (withYear ? week : week.slice(5));

/** Evenly spaced labels for `count` slots (first and last included when they fit). */
function xTicks(count: number, label: (i: number) => string, at: (i: number) => number): Axis["ticks"] {
  const step = Math.max(1, Math.ceil(count / MAX_X_LABELS));
  const ticks: Axis["ticks"] = [];
  for (let i = 0; i < count; i += step) ticks.push({ at: at(i), label: label(i) });
  return ticks;
}

const percentAxis: Axis = { title: "% of logged hours", ticks: [0, 25, 50, 75, 100].map((v) => ({ at: 1 - v / 100, label: `${v} %` })) };

function stack(shares: Record<Activity, number>) {
  let top = 1;
  return ACTIVITIES.map((key) => {
    const height = shares[key];
    top -= height;
    return { key, y: top, height };
  });
}

function splitChart(r: ReportData): SplitChart {
  const ceiling = r.targets.meetingsMaxPct;
  const lines = [{ y: 1 - ceiling / 100, label: `Meetings ceiling ${ceiling} %` }];
  const legend = ACTIVITIES.map((key) => ({ key, label: ACTIVITY_LABELS[key] }));
  const multiYear = r.range.from.slice(0, 4) !== r.range.to.slice(0, 4);
  if (r.weeks.length <= MAX_WEEK_BARS) {
    const slot = 1 / r.weeks.length;
    const bars = r.weeks.flatMap((w, i) => (w.shares ? [{ week: w.week, cx: (i + 0.5) * slot, width: slot * BAR_SHARE, segments: stack(w.shares) }] : []));
    return {
      label: `Time split per week from ${r.range.from} to ${r.range.to}; see the week-by-week table.`,
      per: "week",
      bars,
      x: { title: "ISO week", ticks: xTicks(r.weeks.length, (i) => shortWeek(r.weeks[i]!.week, multiYear || i === 0), (i) => (i + 0.5) * slot) },
      y: percentAxis,
      lines,
      legend,
      caption: `One bar per week, ${r.range.from} to ${r.range.to}, as a share of the hours logged that week; the dashed line is the meetings ceiling of ${ceiling} %. Empty slots are weeks away or not logged.`,
    };
  }
  const months: Array<{ month: string; hours: Record<Activity, number> | null }> = [];
  for (const w of r.weeks) {
    const month = weekMonth(w.week);
    let bucket = months.at(-1);
    if (!bucket || bucket.month !== month) months.push((bucket = { month, hours: null }));
    if (w.shares && w.hours) {
      const sum: Record<Activity, number> = bucket.hours ?? { meetings: 0, execution: 0, mentoring: 0, other: 0 };
      for (const key of ACTIVITIES) sum[key] += w.hours[key];
      bucket.hours = sum;
    }
  }
  const slot = 1 / months.length;
  const bars = months.flatMap((m, i) => {
    if (!m.hours) return [];
    const total = ACTIVITIES.reduce((t, key) => t + m.hours![key], 0);
    if (total <= 0) return [];
    const shares = Object.fromEntries(ACTIVITIES.map((key) => [key, m.hours![key] / total])) as Record<Activity, number>;
    return [{ week: m.month, cx: (i + 0.5) * slot, width: slot * BAR_SHARE, segments: stack(shares) }];
  });
  return {
    label: `Time split per month from ${r.range.from} to ${r.range.to}; see the week-by-week table.`,
    per: "month",
    bars,
    x: { title: "Month", ticks: xTicks(months.length, (i) => monthLabel(months[i]!.month), (i) => (i + 0.5) * slot) },
    y: percentAxis,
    lines,
    legend,
    caption: `${r.weeks.length} weeks are too many for a bar each: one bar per calendar month, ${r.range.from} to ${r.range.to}, as a share of the hours logged that month; the dashed line is the meetings ceiling of ${ceiling} %. Empty slots are months without a logged week.`,
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
  const multiYear = r.range.from.slice(0, 4) !== r.range.to.slice(0, 4);
  return {
    label: "Sign scores per week, 0 to 100; the levels are listed above.",
    x: { title: "ISO week", ticks: n === 1 ? [{ at: 0.5, label: r.weeks[0]!.week }] : xTicks(n, (i) => shortWeek(r.weeks[i]!.week, multiYear || i === 0), x) },
    y: { title: "Score (0–100)", ticks: [0, watch.from, alert.from, 100].map((v) => ({ at: 1 - v / 100, label: String(v) })) },
    bands: bands.map((b) => ({ level: b.level, label: b.label, y: 1 - b.to / 100, height: (b.to - b.from) / 100 })),
    series,
    legend: r.signs.map((s) => ({ key: s.id, label: s.title })),
    caption: `Score 0–100 per logged week. Bands: ${ok.label} below ${ok.to}, ${watch.label} from ${watch.from}, ${alert.label} from ${alert.from}.`,
  };
}

const trendRow = (t: Trend) => ({ header: t.label, cells: [num(t.first), num(t.second), num(t.mean)] });

function weekRow(w: ReportWeek): WeekRow {
  if (w.demo) return { header: w.week, cells: null, gap: DEMO_GAP };
  if (w.status !== "logged") return { header: w.week, cells: null, gap: STATUS_WORDS[w.status] };
  const pct = (v: number | null) => num(v, " %");
  return { header: w.week, cells: [num(w.totalHours), pct(w.meetingsPct), pct(w.executionPct), pct(w.mentoringPct), pct(w.otherPct), pct(w.lowValuePct)], gap: null };
}

/** "3 demo weeks left out": said wherever the report is read, so sample data never passes as the leader's. */
export function demoNote(count: number): string | null {
  if (count === 0) return null;
  return `${plural(count, "demo week")} left out: ${count === 1 ? "it is" : "they are"} sample data, not the leader's own check-ins.`;
}

/** The message shown instead of a report when the range has nothing in it. */
export function emptyMessage(r: Pick<ReportData, "empty" | "range" | "demoLeftOut">): string | null {
  if (r.empty === null) return null;
  const span = r.range.from === r.range.to ? `in ${r.range.from}` : `from ${r.range.from} to ${r.range.to}`;
  const demo = r.demoLeftOut > 0 ? ` (${plural(r.demoLeftOut, "demo week")} left out)` : "";
  return r.empty === "all-away"
    ? `Every week ${span} is marked away${demo}, so there is nothing to report. Pick a range with logged weeks.`
    : `No week ${span} was logged${demo}, so there is nothing to report. Pick a range with logged weeks.`;
}

const NUMBER_WORDS = ["none", "one", "two", "three", "four", "five"];

/** The signs in one sentence, about the leader (never "you"): what a manager reads first. */
function brief(r: ReportData): ReportView["brief"] {
  const raised = r.signs.filter((s) => s.level !== "ok").sort((a, b) => b.score - a.score);
  const name = r.leader.name;
  const headline =
    raised.length === 0
      ? `As of ${r.asOf}, none of the five warning signs is raised for ${name}.`
      : `As of ${r.asOf}, ${NUMBER_WORDS[raised.length]} of the five warning signs ${raised.length === 1 ? "is" : "are"} raised for ${name}: ${raised.map((s) => `${s.title.toLowerCase()} (${s.levelLabel.toLowerCase()})`).join(", ")}.`;
  return {
    headline,
    raised: raised.map((s) => ({ id: s.id, level: s.level, levelLabel: s.levelLabel, title: s.title, detail: s.evidence[0] ?? null })),
  };
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
    demoNote: demoNote(r.demoLeftOut),
    empty: emptyMessage(r),
    summaryLine: `${weeks.total}: ${weeks.counts}${r.demoLeftOut > 0 ? ` (${plural(r.demoLeftOut, "demo week")} left out)` : ""} · leading since ${leader.leadingSince}, previously ${leader.previousRole}${team ? ` · ${team}` : ""}`,
    generatedOn,
    header: `${leader.name} · ${range.from} – ${range.to} (${weeks.total})`,
    footer: `Self-reported in Pendulum · generated ${generatedOn}`,
    brief: brief(r),
    talkingPoints: {
      heading: r.curated ? `Points ${leader.name} would like to discuss` : "Suggested talking points for the 1:1",
      items: r.talkingPoints.map((p) => ({ id: p.id, title: p.title, ask: p.ask })),
      empty: "No talking points chosen.",
    },
    suggestions: r.suggestions.map((s) => ({ id: s.id, title: s.title, ask: s.ask, ticked: s.ticked, leaderOnly: s.leaderOnly })),
    choice: r.choice,
    message: r.message ? { heading: `A note from ${leader.name}`, text: r.message } : null,
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
    experimentsReview: r.empty ? null : r.experimentsReview,
    records: r.weeks,
    includeNotes: r.includeNotes,
  };
}

/** An SVG path through points given as plot fractions, scaled to a width × height box. */
export function svgPath(points: readonly Point[], width: number, height: number, left = 0): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${(left + p.x * width).toFixed(1)} ${(p.y * height).toFixed(1)}`).join(" ");
}
