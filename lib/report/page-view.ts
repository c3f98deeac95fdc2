import type { ReportView, ScoreChart, SplitChart } from "./view";

/**
 * What the report page draws of a ReportView, and nothing else: the page renders the report in the
 * browser from this (a client component), so it travels once as data instead of once as HTML and
 * again as the server components' tree. Left out: what only the downloads, the share page or the
 * curation form read (the records, the PDF's header, footer and brief, the sign table, the suggestions).
 */
export type ReportPageView = Pick<
  ReportView,
  "title" | "period" | "summaryLine" | "demoNote" | "message" | "talkingPoints" | "changes" | "trends" | "weekly" | "notes" | "experimentsReview"
> & {
  signs: Pick<ReportView["signs"], "heading" | "items" | "chart">;
  split: ReportView["split"];
};

/** Plot fractions to 4 places: a ten-thousandth of a 600-unit plot is 0.06 units, below a pixel. */
const PLACES = 1e4;
const round = (v: number) => Math.round(v * PLACES) / PLACES;

function roundAxis(axis: SplitChart["x"]): SplitChart["x"] {
  return { ...axis, ticks: axis.ticks.map((t) => ({ ...t, at: round(t.at) })) };
}

export function roundSplitChart(chart: SplitChart): SplitChart {
  return {
    ...chart,
    x: roundAxis(chart.x),
    y: roundAxis(chart.y),
    bars: chart.bars.map((b) => ({
      week: b.week,
      cx: round(b.cx),
      width: round(b.width),
      segments: b.segments.map((s) => ({ key: s.key, y: round(s.y), height: round(s.height) })),
    })),
    lines: chart.lines.map((l) => ({ ...l, y: round(l.y) })),
  };
}

export function roundScoreChart(chart: ScoreChart): ScoreChart {
  return {
    ...chart,
    x: roundAxis(chart.x),
    y: roundAxis(chart.y),
    bands: chart.bands.map((b) => ({ ...b, y: round(b.y), height: round(b.height) })),
    series: chart.series.map((s) => ({ id: s.id, segments: s.segments.map((seg) => seg.map((p) => ({ x: round(p.x), y: round(p.y) }))) })),
  };
}

export function toReportPageView(view: ReportView): ReportPageView {
  return {
    title: view.title,
    period: view.period,
    summaryLine: view.summaryLine,
    demoNote: view.demoNote,
    message: view.message,
    talkingPoints: view.talkingPoints,
    signs: { heading: view.signs.heading, items: view.signs.items, chart: roundScoreChart(view.signs.chart) },
    changes: view.changes,
    split: { ...view.split, chart: roundSplitChart(view.split.chart) },
    trends: view.trends,
    experimentsReview: view.experimentsReview,
    weekly: view.weekly,
    notes: view.notes,
  };
}
