import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { splitPaths } from "@/components/report/report-charts";
import { ReportView } from "@/components/report/report-view";
import { addIsoWeeks } from "@/lib/iso-week";
import { buildReportView } from "@/lib/report";
import { roundScoreChart, roundSplitChart, toReportPageView } from "@/lib/report/page-view";
import { formerEngineer } from "../signals/personas";

const NOW = new Date("2026-11-26T09:00:00Z");
const data = formerEngineer(30);
const last = data.checkins.at(-1)!.week;
const view = buildReportView(data, { from: addIsoWeeks(last, -12), to: last, includeNotes: false, now: NOW });

const decimals = (v: number) => (String(v).split(".")[1] ?? "").length;
const numbersIn = (value: unknown): number[] =>
  typeof value === "number" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(numbersIn) : [];

describe("the report page's view", () => {
  const page = toReportPageView(view);

  it("keeps every part the page draws and leaves out what only the downloads and the curation form read", () => {
    expect(page.talkingPoints).toEqual(view.talkingPoints);
    expect(page.signs.items).toEqual(view.signs.items);
    expect(page.weekly).toEqual(view.weekly);
    expect(page.trends).toEqual(view.trends);
    expect(page.changes).toEqual(view.changes);
    for (const key of ["records", "brief", "header", "footer", "suggestions", "choice", "leader"]) expect(page).not.toHaveProperty(key);
    expect(page.signs).not.toHaveProperty("table");
    expect(JSON.stringify(page).length).toBeLessThan(JSON.stringify(view).length / 2);
  });

  it("rounds the chart coordinates to 4 places and moves none by more than half of that", () => {
    const split = roundSplitChart(view.split.chart);
    const scores = roundScoreChart(view.signs.chart);
    for (const v of [...numbersIn(split), ...numbersIn(scores)]) expect(decimals(v)).toBeLessThanOrEqual(4);
    const before = [...numbersIn(view.split.chart), ...numbersIn(view.signs.chart)];
    const after = [...numbersIn(split), ...numbersIn(scores)];
    expect(after).toHaveLength(before.length);
    after.forEach((v, i) => expect(Math.abs(v - before[i]!)).toBeLessThanOrEqual(0.00005 + 1e-12));
    expect(split.bars.map((b) => b.week)).toEqual(view.split.chart.bars.map((b) => b.week));
  });

  it("draws each activity's bars as one path of rectangles, one per week with hours in it", () => {
    const { bars } = view.split.chart;
    const paths = splitPaths(bars);
    expect(paths.map((p) => p.key).sort()).toEqual([...new Set(bars.flatMap((b) => b.segments.map((s) => s.key)))].sort());
    for (const { key, d } of paths) {
      const rects = d.match(/M[^M]+z/g) ?? [];
      expect(rects).toHaveLength(bars.filter((b) => b.segments.some((s) => s.key === key)).length);
      for (const r of rects) expect(r).toMatch(/^M-?[\d.]+ -?[\d.]+h[\d.]+v[\d.]+h-[\d.]+z$/);
    }
  });

  it("renders the report's text on the server and leaves the charts and tables to the browser, each with its place held and named", () => {
    const html = renderToStaticMarkup(createElement(ReportView, { view: page }));
    const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    for (const text of [view.title, view.signs.heading, view.weekly.heading, view.split.summary, ...view.talkingPoints.items.map((p) => p.title), ...view.signs.items.map((s) => s.title)]) {
      expect(html).toContain(escape(text));
    }
    expect(html).not.toContain("<table");
    expect(html).not.toContain("<svg");
    expect(html).toContain(escape(`${view.weekly.table.caption}: drawn in your browser…`));
    expect(html).toContain(escape(`${view.trends.table.caption}: drawn in your browser…`));
    for (const label of [view.split.chart.label, view.signs.chart.label]) expect(html).toContain(`role="img" aria-label="${escape(label)}"`);
  });
});
