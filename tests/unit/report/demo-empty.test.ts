import { describe, expect, it } from "vitest";
import { buildReport, buildReportView, toCsv, toHtmlBody, toMarkdown } from "@/lib/report";
import { addIsoWeeks } from "@/lib/iso-week";
import { formerEngineer, healthyLead } from "../signals/personas";

const NOW = new Date("2026-11-26T09:00:00Z");
const AWAY = { meetings: 0, execution: 0, mentoring: 0, other: 0 };

describe("demo weeks are never passed off as real", () => {
  const data = formerEngineer(20);
  const first = data.checkins[0]!.week;
  const last = data.checkins[data.checkins.length - 1]!.week;
  // The last three weeks are demo weeks, with a note that must not leak and a time split unlike the rest.
  const mixed = {
    ...data,
    checkins: data.checkins.map((c, i) =>
      i >= 17 ? { ...c, isDemo: true, note: "DEMO-NOTE sample", hours: { meetings: 1, execution: 39, mentoring: 0, other: 0 } } : { ...c, isDemo: false },
    ),
  };

  it("leaves demo weeks out by default, counts them and says so in every format", () => {
    const report = buildReport(mixed, { from: first, to: last, includeNotes: true, now: NOW });
    expect(report.demoLeftOut).toBe(3);
    expect(report.counts).toEqual({ logged: 17, away: 0, missing: 3 });
    expect(report.weeks.filter((w) => w.demo).map((w) => w.week)).toEqual(data.checkins.slice(17).map((c) => c.week));
    expect(report.notes.some((n) => n.note.includes("DEMO-NOTE"))).toBe(false);

    const view = buildReportView(mixed, { from: first, to: last, includeNotes: true, now: NOW });
    expect(view.demoNote).toMatch(/^3 demo weeks left out/);
    expect(view.summaryLine).toContain("(3 demo weeks left out)");
    expect(view.weekly.table.rows.slice(-3).map((r) => r.gap)).toEqual(["demo week, left out", "demo week, left out", "demo week, left out"]);
    for (const text of [toMarkdown(view), toHtmlBody(view)]) {
      expect(text).toContain("3 demo weeks left out");
      expect(text).not.toContain("DEMO-NOTE");
    }
    // CSV: one row per week of the range, the demo weeks' cells empty.
    const csv = toCsv(view).trim().split("\r\n");
    expect(csv).toHaveLength(1 + 20);
    expect(csv.at(-1)!.split(",").slice(2).every((cell) => cell === "")).toBe(true);
    expect(csv.join("\n")).not.toContain("DEMO-NOTE");
  });

  it("judges the signs without the demo weeks (as if they were never logged)", () => {
    const withoutDemo = { ...data, checkins: mixed.checkins.filter((c) => !c.isDemo) };
    const a = buildReport(mixed, { from: first, to: last, includeNotes: false, now: NOW });
    const b = buildReport(withoutDemo, { from: first, to: last, includeNotes: false, now: NOW });
    expect(a.signs).toEqual(b.signs);
    expect(a.split).toEqual(b.split);
    const withDemo = buildReport(mixed, { from: first, to: last, includeNotes: false, now: NOW, includeDemo: true });
    expect(withDemo.demoLeftOut).toBe(0);
    expect(withDemo.counts.logged).toBe(20);
  });

  it("counts only demo weeks inside the range", () => {
    const report = buildReport(mixed, { from: first, to: addIsoWeeks(first, 9), includeNotes: false, now: NOW });
    expect(report.demoLeftOut).toBe(0);
    expect(buildReportView(mixed, { from: first, to: addIsoWeeks(first, 9), includeNotes: false, now: NOW }).demoNote).toBeNull();
  });

  it("a range of only demo weeks is empty and says why", () => {
    const from = data.checkins[17]!.week;
    const view = buildReportView(mixed, { from, to: last, includeNotes: false, now: NOW });
    expect(view.empty).toBe(`No week from ${from} to ${last} was logged (3 demo weeks left out), so there is nothing to report. Pick a range with logged weeks.`);
  });
});

describe("empty and all-away ranges", () => {
  const data = healthyLead(12);
  const first = data.checkins[0]!.week;

  it("a range with nothing logged gets a message instead of a report", () => {
    const to = addIsoWeeks(first, -1);
    const report = buildReport(data, { from: addIsoWeeks(to, -3), to, includeNotes: false, now: NOW });
    expect(report.empty).toBe("no-weeks");
    const view = buildReportView(data, { from: addIsoWeeks(to, -3), to, includeNotes: false, now: NOW });
    expect(view.empty).toMatch(/^No week from .* was logged, so there is nothing to report/);
    expect(toMarkdown(view)).toContain("nothing to report");
    expect(toMarkdown(view)).not.toContain("## Warning signs");
    expect(toHtmlBody(view)).not.toContain("Warning signs");
  });

  it("a range where every logged week is away is empty too", () => {
    const away = { ...data, checkins: data.checkins.map((c, i) => (i < 4 ? { ...c, hours: AWAY } : c)) };
    const report = buildReport(away, { from: first, to: addIsoWeeks(first, 3), includeNotes: false, now: NOW });
    expect(report.counts).toEqual({ logged: 0, away: 4, missing: 0 });
    expect(report.empty).toBe("all-away");
    const one = buildReportView(away, { from: first, to: first, includeNotes: false, now: NOW });
    expect(one.empty).toBe(`Every week in ${first} is marked away, so there is nothing to report. Pick a range with logged weeks.`);
  });

  it("one logged week among away weeks is a report", () => {
    const away = { ...data, checkins: data.checkins.map((c, i) => (i < 3 ? { ...c, hours: AWAY } : c)) };
    expect(buildReport(away, { from: first, to: addIsoWeeks(first, 3), includeNotes: false, now: NOW }).empty).toBeNull();
  });

  it("a one-week range is a report with one bar and one row", () => {
    const view = buildReportView(data, { from: first, to: first, includeNotes: false, now: NOW });
    expect(view.empty).toBeNull();
    expect(view.weeks.total).toBe("1 week");
    expect(view.weekly.table.rows).toHaveLength(1);
    expect(view.split.chart.bars).toHaveLength(1);
  });

  it("a 522-week range (the longest) is a report with a row per week", () => {
    const to = data.checkins[data.checkins.length - 1]!.week;
    const from = addIsoWeeks(to, -521);
    const report = buildReport(data, { from, to, includeNotes: false, now: NOW });
    expect(report.weekCount).toBe(522);
    expect(report.empty).toBeNull();
    expect(report.counts).toEqual({ logged: 12, away: 0, missing: 510 });
    expect(toCsv(buildReportView(data, { from, to, includeNotes: false, now: NOW })).trim().split("\r\n")).toHaveLength(523);
  });
});
