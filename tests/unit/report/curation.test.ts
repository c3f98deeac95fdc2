import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  buildReport,
  buildReportView,
  CURATION_LIMITS,
  curateTalkingPoints,
  suggestTalkingPoints,
  toHtmlBody,
  toMarkdown,
} from "@/lib/report";
import { SIGN_IDS, type SignId } from "@/lib/enums";
import { talkingPointContext } from "@/tests/helpers/talking-points";
import { joylessLead } from "../signals/personas";

const NOW = new Date("2026-11-26T09:00:00Z");

describe("talking-point suggestions and the leader's curation", () => {
  const joyless = talkingPointContext({ "doesnt-like-it": "alert" });

  it("suggests the role-fit point when the sign is raised but never ticks it, even as the most pressing", () => {
    const suggestions = suggestTalkingPoints(joyless);
    expect(suggestions[0]).toMatchObject({ id: "role-fit", ticked: false, leaderOnly: true });
    expect(suggestions.filter((s) => s.ticked).map((s) => s.id)).toEqual(["next-growth-goal", "keep-what-works", "feedback-from-team"]);
    expect(curateTalkingPoints(suggestions, null).map((p) => p.id)).not.toContain("role-fit");
  });

  it("includes role-fit only when the leader picks it", () => {
    const suggestions = suggestTalkingPoints(joyless);
    expect(curateTalkingPoints(suggestions, { picked: ["next-growth-goal"] }).map((p) => p.id)).toEqual(["next-growth-goal"]);
    expect(curateTalkingPoints(suggestions, { picked: ["role-fit", "next-growth-goal"] }).map((p) => p.id)).toEqual(["role-fit", "next-growth-goal"]);
  });

  it("property: without role-fit among the picks, no curation of any levels contains it", () => {
    const level = fc.constantFrom("ok", "watch", "alert");
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(SIGN_IDS.map((id) => [id, level])) as Record<SignId, fc.Arbitrary<"ok" | "watch" | "alert">>),
        fc.option(fc.record({ picked: fc.array(fc.constantFrom("protected-hands-on-time", "next-growth-goal", "keep-what-works", "role-fit-x")), added: fc.array(fc.string()) })),
        (levels, choice) => {
          const points = curateTalkingPoints(suggestTalkingPoints(talkingPointContext(levels)), choice);
          expect(points.some((p) => p.id === "role-fit" || /senior hands-on role/.test(p.ask))).toBe(false);
          expect(points.length).toBeLessThanOrEqual(CURATION_LIMITS.points);
        },
      ),
    );
  });

  it("keeps the suggested order, uses the leader's wording, adds their own points, ignores unknown ids", () => {
    const suggestions = suggestTalkingPoints(talkingPointContext({ "missed-executing": "alert" }));
    const points = curateTalkingPoints(suggestions, {
      picked: ["keep-what-works", "protected-hands-on-time", "made-up"],
      edits: { "protected-hands-on-time": "  Two   mornings a week\nwithout meetings. ", "keep-what-works": "   " },
      added: ["Budget for the offsite", "   "],
    });
    expect(points).toEqual([
      { id: "protected-hands-on-time", title: "Protected hands-on time", ask: "Two mornings a week without meetings." },
      { id: "keep-what-works", title: "Keep what works", ask: suggestions.find((s) => s.id === "keep-what-works")!.ask },
      { id: "own-1", title: "Also to discuss", ask: "Budget for the offsite" },
    ]);
  });

  it("bounds the leader's text and the number of points", () => {
    const suggestions = suggestTalkingPoints(talkingPointContext({}));
    const long = "x".repeat(5000);
    const points = curateTalkingPoints(suggestions, { picked: [], added: Array.from({ length: 50 }, () => long) });
    expect(points).toHaveLength(CURATION_LIMITS.points);
    expect(points.every((p) => p.ask.length === CURATION_LIMITS.text)).toBe(true);
  });
});

describe("the curation in the report", () => {
  const data = joylessLead(20);
  const from = data.checkins[0]!.week;
  const to = data.checkins[data.checkins.length - 1]!.week;

  it("a raised 'doesn't like it' sign never puts role-fit into an uncurated report", () => {
    const report = buildReport(data, { from, to, includeNotes: false, now: NOW });
    expect(report.signs.find((s) => s.id === "doesnt-like-it")!.level).not.toBe("ok");
    expect(report.suggestions.map((s) => s.id)).toContain("role-fit");
    expect(report.talkingPoints.map((p) => p.id)).not.toContain("role-fit");
    const view = buildReportView(data, { from, to, includeNotes: false, now: NOW });
    for (const text of [toMarkdown(view), toHtmlBody(view)]) expect(text).not.toContain("senior hands-on role");
  });

  it("every format shows the leader's picks, wording and message", () => {
    const view = buildReportView(data, {
      from,
      to,
      includeNotes: false,
      now: NOW,
      talkingPoints: { picked: ["role-fit"], edits: { "role-fit": "Whether a staff engineer path <fits> better" }, message: "Hi Sam,\nsome context before Thursday." },
    });
    expect(view.talkingPoints.heading).toBe(`Points ${data.profile.displayName} would like to discuss`);
    expect(view.talkingPoints.items.map((p) => p.ask)).toEqual(["Whether a staff engineer path <fits> better"]);
    expect(view.message?.text).toBe("Hi Sam,\nsome context before Thursday.");
    const html = toHtmlBody(view);
    expect(html).toContain("Whether a staff engineer path &lt;fits&gt; better");
    expect(html).toContain("some context before Thursday.");
    expect(toMarkdown(view)).toContain("Whether a staff engineer path \\<fits\\> better");
  });
});
