import { describe, expect, it } from "vitest";
import { buildReport, talkingPoints, TALKING_POINT_RULES, type TalkingPointContext } from "@/lib/report";
import { talkingPointContext } from "@/tests/helpers/talking-points";
import { evaluate } from "@/lib/signals";
import { addIsoWeeks } from "@/lib/iso-week";
import { formerEngineer, healthyLead, helpDeskLead, meetingsLead } from "../signals/personas";

const NOW = new Date("2026-11-26T09:00:00Z");

describe("talking points", () => {
  it.each([
    [{}, {}, ["next-growth-goal", "keep-what-works", "feedback-from-team"]],
    [{ "missed-executing": "alert" }, {}, ["protected-hands-on-time", "next-growth-goal", "keep-what-works"]],
    [{ "meetings-politics": "watch", "missed-executing": "alert" }, {}, ["protected-hands-on-time", "fewer-status-meetings", "next-growth-goal"]],
    [{ "not-set-up": "alert" }, { training: { answered: 6, yes: 0 } }, ["regular-one-on-one", "leadership-training", "next-growth-goal"]],
    [{ "not-set-up": "watch" }, {}, ["regular-one-on-one", "next-growth-goal", "keep-what-works"]],
    [{}, { oneOnOnes: { answered: 8, yes: 1 }, training: { answered: 10, yes: 0 } }, ["regular-one-on-one", "leadership-training", "next-growth-goal"]],
    [{}, { oneOnOnes: { answered: 3, yes: 0 } }, ["next-growth-goal", "keep-what-works", "feedback-from-team"]],
    [
      { "missed-executing": "alert", "skills-slipping": "alert", "meetings-politics": "watch", "doesnt-like-it": "watch", "not-set-up": "watch" },
      {},
      ["protected-hands-on-time", "keep-skills-current", "regular-one-on-one", "fewer-status-meetings"],
    ],
  ] as const)("levels %j, answers %j → %j", (levels, extra, ids) => {
    const points = talkingPoints(talkingPointContext(levels, extra as Partial<TalkingPointContext>));
    expect(points.map((p) => p.id)).toEqual(ids);
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(4);
  });

  it("has one rule per request, each with a title and an ask", () => {
    expect(new Set(TALKING_POINT_RULES.map((r) => r.id)).size).toBe(TALKING_POINT_RULES.length);
    for (const rule of TALKING_POINT_RULES) expect(rule.ask.length).toBeGreaterThan(20);
  });
});

describe("buildReport", () => {
  const data = formerEngineer(20);
  const last = data.checkins[data.checkins.length - 1]!.week;
  const from = addIsoWeeks(last, -7);

  it("judges levels as of the range's last week over every week up to it", () => {
    const report = buildReport(data, { from, to: last, includeNotes: false, now: NOW });
    const expected = evaluate(data, { asOf: last });
    expect(report.signs.map((s) => [s.id, s.score, s.level])).toEqual(expected.signs.map((s) => [s.id, s.score, s.level]));
    expect(report.signs.find((s) => s.id === "missed-executing")!.level).not.toBe("ok");
    expect(report.talkingPoints[0]!.id).toBe("protected-hands-on-time");
    const startEntry = expected.history.filter((h) => h.week <= from).at(-1)!;
    expect(report.signs[0]!.startScore).toBe(startEntry.scores["missed-executing"]);
  });

  it("ignores weeks after the range even when they exist", () => {
    const to = data.checkins[11]!.week;
    const report = buildReport(data, { from: data.checkins[4]!.week, to, includeNotes: false, now: NOW });
    expect(report.signs.map((s) => s.score)).toEqual(evaluate(data, { asOf: to }).signs.map((s) => s.score));
    expect(report.weeks.at(-1)!.week).toBe(to);
  });

  it("counts logged, away and missing weeks and fills the range week by week", () => {
    const checkins = data.checkins.slice(0, 6).map((c, i) => (i === 2 ? { ...c, hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 } } : c));
    const to = addIsoWeeks(checkins[5]!.week, 2);
    const report = buildReport({ profile: data.profile, checkins }, { from: checkins[0]!.week, to, includeNotes: false, now: NOW });
    expect(report.weekCount).toBe(8);
    expect(report.counts).toEqual({ logged: 5, away: 1, missing: 2 });
    expect(report.weeks.map((w) => w.status)).toEqual(["logged", "logged", "away", "logged", "logged", "logged", "missing", "missing"]);
  });

  it("leaves notes out unless asked", () => {
    const checkins = data.checkins.map((c, i) => ({ ...c, note: i % 2 ? `Private ${i}` : null }));
    const input = { profile: data.profile, checkins };
    const without = buildReport(input, { from, to: last, includeNotes: false, now: NOW });
    expect(without.notes).toEqual([]);
    expect(without.weeks.every((w) => w.note === null)).toBe(true);
    const withNotes = buildReport(input, { from, to: last, includeNotes: true, now: NOW });
    expect(withNotes.notes.length).toBe(4);
    expect(withNotes.notes[0]!.note).toMatch(/^Private/);
  });

  it("a healthy lead has every sign ok and only general talking points", () => {
    const healthy = healthyLead(30);
    const to = healthy.checkins.at(-1)!.week;
    const report = buildReport(healthy, { from: addIsoWeeks(to, -12), to, includeNotes: false, now: NOW });
    expect(report.signs.every((s) => s.level === "ok")).toBe(true);
    expect(report.talkingPoints.map((p) => p.id)).toEqual(["next-growth-goal", "keep-what-works", "feedback-from-team"]);
  });

  it.each([
    ["meetings lead", meetingsLead(16), "fewer-status-meetings"],
    ["help-desk lead", helpDeskLead(12), "regular-one-on-one"],
  ])("%s gets %s among the talking points", (_name, persona, id) => {
    const to = persona.checkins.at(-1)!.week;
    const report = buildReport(persona, { from: addIsoWeeks(to, -7), to, includeNotes: false, now: NOW });
    expect(report.talkingPoints.map((p) => p.id)).toContain(id);
  });

  it("names the biggest changes with their numbers", () => {
    const report = buildReport(data, { from: data.checkins[0]!.week, to: last, includeNotes: false, now: NOW });
    expect(report.changes.length).toBeGreaterThan(0);
    expect(report.changes.join(" ")).toMatch(/Hands-on execution fell from \d+ % to \d+ %/);
  });

  it("a range before any check-in has no data and quiet signs", () => {
    const to = addIsoWeeks(data.checkins[0]!.week, -1);
    const report = buildReport(data, { from: addIsoWeeks(to, -3), to, includeNotes: false, now: NOW });
    expect(report.counts).toEqual({ logged: 0, away: 0, missing: 4 });
    expect(report.signs.every((s) => s.level === "ok" && s.startScore === null)).toBe(true);
    expect(report.talkingPoints).toHaveLength(3);
  });
});
