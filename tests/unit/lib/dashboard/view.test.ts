import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CalmSigns } from "@/components/dashboard/calm-signs";
import { SignCard } from "@/components/dashboard/sign-card";
import type { CheckinRecord } from "@/lib/checkin";
import { buildDemoHistory } from "@/lib/demo";
import { energyTable, scoresTable, splitTable } from "@/lib/dashboard/tables";
import { packWeeks, scoreRows, unpackWeeks } from "@/lib/dashboard/packed-weeks";
import { buildDashboardView } from "@/lib/dashboard/view";
import { lastShownWeek } from "@/lib/iso-week";
import { SIGN_IDS } from "@/lib/enums";
import { addIsoWeeks } from "@/lib/iso-week";
import { SIGNALS_CONFIG, type SignalsConfig } from "@/lib/signals";
import type { CheckinInput } from "@/lib/validation/checkin";
import type { Profile } from "@/lib/validation/profile";
import { makeCheckinRecord } from "@/tests/helpers/factories";

const profile: Profile = {
  displayName: "Sam",
  previousRole: "engineer",
  leadingSince: "2026-05-04",
  teamSize: 6,
  timeZone: "Europe/Berlin",
  targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
};

function week(w: string, meetings: number, execution: number, extra: Partial<CheckinInput> = {}): CheckinRecord {
  return makeCheckinRecord(w, {
    hours: { meetings, execution, mentoring: 8, other: 2 },
    lowValueMeetingHours: null,
    energy: { meetings: 2, execution: 5, mentoring: 4 },
    training: true,
    note: null,
    ...extra,
  });
}

const now = new Date("2026-11-26T10:00:00Z"); // Thursday of 2026-W48
const timeZone = "Europe/Berlin";
// Execution drains from 20 h to 1 h while meetings take over: the missed-executing story.
const checkins = Array.from({ length: 14 }, (_, i) => week(addIsoWeeks("2026-W34", i), 12 + i * 2, Math.max(1, 20 - i * 2)));

describe("buildDashboardView", () => {
  it("ends at the last completed week when the current one is not logged, and leads with the raised sign", () => {
    const view = buildDashboardView({ profile, checkins, now, timeZone, range: "12w" });
    expect(view.lastWeek).toBe("2026-W47");
    expect(view.evaluation.asOf).toBe("2026-W47");
    expect(view.points).toHaveLength(12);
    expect(view.points.at(-1)!.week).toBe("2026-W47");
    expect(view.signs.raised[0]).toMatchObject({ id: "missed-executing", level: "alert", levelLabel: "Alert" });
    expect(view.signs.raised[0]!.reason).toMatch(/^Hands-on time fell from \d+ % to \d+ % of your week, and it is what energizes you most\.$/);
    expect(view.signs.raised[0]!.steps.length).toBeGreaterThan(0);
    expect(view.headline).toMatch(/^Missing hands-on work (is|has been) at alert/);
    expect(view.text.split).toMatch(/^Targets: meetings at most 50 %.* Meetings were above target in \d+ weeks?,/);
    expect(view.loggedWeeks).toBe(14);
    expect(view.notLogging).toBeNull();
  });

  it("sorts raised cards by severity and collapses the ok signs into one line", () => {
    const view = buildDashboardView({ profile, checkins, now, timeZone, range: "12w" });
    const ids = [...view.signs.raised.map((c) => c.id), ...view.signs.ok.map((s) => s.id), ...view.signs.notEnough.map((s) => s.id)];
    expect([...ids].sort()).toEqual([...SIGN_IDS].sort());
    const ranks = view.signs.raised.map((c) => ({ alert: 2, watch: 1, ok: 0 })[c.level] * 1000 + c.score);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(view.signs.okLine).toMatch(/^(\d|All five) OK: /);
  });

  it("includes the current week once it is logged", () => {
    const view = buildDashboardView({ profile, checkins: [...checkins, week("2026-W48", 10, 10)], now, timeZone, range: "all" });
    expect(view.lastWeek).toBe("2026-W48");
    expect(view.points[0]!.week).toBe("2026-W34");
    expect(lastShownWeek(["2026-W48"], now, timeZone)).toBe("2026-W48");
    expect(lastShownWeek(["2026-W40"], now, timeZone)).toBe("2026-W47");
  });

  it("marks weeks not logged as gaps in every table, and says so in the headline after a few", () => {
    const view = buildDashboardView({ profile, checkins: checkins.slice(0, 10), now, timeZone, range: "12w" });
    expect(splitTable(view.points).rows.at(-1)!.meetings).toBe("not logged");
    expect(energyTable(view.points).rows.at(-1)!.execution).toBe("not logged");
    expect(scoresTable(view.points).rows.at(-1)!["missed-executing"]).toBe("not logged");
    expect(view.summary.missing).toBeGreaterThan(0);
    expect(view.notLogging).toEqual({ lastLoggedWeek: "2026-W43", weeks: 4 });
    expect(view.headline).toMatch(/^You have not logged for 4 weeks/);
  });

  it("says what to log for an empty account", () => {
    const view = buildDashboardView({ profile, checkins: [], now, timeZone, range: "12w" });
    expect(view.headline).toBe("Not enough data yet: log your first 3 weeks to see the first signs.");
    expect(view.signs.raised).toEqual([]);
    expect(view.signs.notEnough.map((s) => s.id)).toEqual([...SIGN_IDS]);
    expect(view.signs.okLine).toBeNull();
    expect(view.signs.notEnoughLine).toBe(
      "Not enough data yet: log 3 more weeks for not set up for success; log 4 more weeks for skills slipping, meetings and politics and not enjoying the role; log 6 more weeks for missing hands-on work.",
    );
  });

  it("flattens sign scores for the score chart, with gaps where a sign was not judged", () => {
    const view = buildDashboardView({ profile, checkins, now, timeZone, range: "all" });
    const rows = scoreRows(view.points);
    const last = view.evaluation.history.at(-1)!;
    expect(rows.find((r) => r.week === last.week)!["missed-executing"]).toBe(last.scores["missed-executing"]);
    expect(rows[0]!["missed-executing"]).toBeNull();
    expect(rows[0]).toMatchObject({ status: "logged", label: "W34" });
  });

  it("sends the weeks to the browser column by column and gets every point back as it was", () => {
    for (const range of ["12w", "all"] as const) {
      const view = buildDashboardView({ profile, checkins, now, timeZone, range });
      const packed = packWeeks(view.points);
      expect(packed.weeks).toHaveLength(view.points.length);
      expect(unpackWeeks(packed)).toEqual(view.points);
      // Through the wire format too: JSON keeps the nulls of away and missing weeks.
      expect(unpackWeeks(JSON.parse(JSON.stringify(packed)))).toEqual(view.points);
    }
    const all = buildDashboardView({ profile, checkins, now, timeZone, range: "all" });
    expect(JSON.stringify(packWeeks(all.points)).length).toBeLessThan(JSON.stringify(all.points).length / 3);
  });

  it("gives the demo history a headline that names the story and its reason", () => {
    const demo = buildDemoHistory({ now, timeZone }).map((c) => ({ ...c, isDemo: true }));
    const view = buildDashboardView({ profile, checkins: demo, now, timeZone, range: "12w" });
    expect(view.headline).toMatch(/^Missing hands-on work (is|has been) at alert[^:]*: hands-on time fell from \d+ % to \d+ % of your week, and it is what energizes you most/);
    expect(view.signs.raised[0]!.id).toBe("missed-executing");
    expect(view.signs.raised[0]!.notes.length).toBeGreaterThan(0);
  });
});

describe("the cut-offs, labels and colours travel from lib/signals to every card and chart", () => {
  const strict: SignalsConfig = { ...SIGNALS_CONFIG, levels: { watchFrom: 20, alertFrom: 95 }, evidenceFromPart: 0.2 };
  const normal = buildDashboardView({ profile, checkins, now, timeZone, range: "12w" });
  const custom = buildDashboardView({ profile, checkins, now, timeZone, range: "12w", config: strict });

  it("changes the chart bands, the score summary and the levels", () => {
    expect(normal.legend.thresholds).toEqual([
      { value: 40, label: "Watch" },
      { value: 70, label: "Alert" },
    ]);
    expect(custom.legend.thresholds).toEqual([
      { value: 20, label: "Watch" },
      { value: 95, label: "Alert" },
    ]);
    expect(custom.text.scores).toMatch(/Watch starts at 20, alert at 95\.$/);
    expect(normal.text.scores).toMatch(/Watch starts at 40, alert at 70\.$/);
    expect(custom.signs.raised.find((c) => c.id === "missed-executing")!.level).toBe("watch");
    expect(custom.legend.scoreSeries.map((s) => s.color)).toEqual(normal.legend.scoreSeries.map((s) => s.color));
  });

  it("renders the cards with the other config: level badge and the sparkline's watch line", () => {
    const card = (view: typeof normal) => view.signs.raised.find((c) => c.id === "missed-executing")!;
    const normalHtml = renderToStaticMarkup(createElement(SignCard, { sign: card(normal), watchFrom: normal.legend.levels.watchFrom }));
    const customHtml = renderToStaticMarkup(createElement(SignCard, { sign: card(custom), watchFrom: custom.legend.levels.watchFrom }));
    expect(normalHtml).toContain('data-level="alert"');
    expect(normalHtml).toContain(">Alert<");
    expect(normalHtml).toContain('data-watch-line="40"');
    expect(customHtml).toContain('data-level="watch"');
    expect(customHtml).toContain(">Watch<");
    expect(customHtml).toContain('data-watch-line="20"');
    expect(customHtml).toContain("Why?");
    expect(customHtml).toContain('data-step="');
  });

  it("renders the collapsed ok line from the view", () => {
    const html = renderToStaticMarkup(createElement(CalmSigns, { signs: normal.signs }));
    expect(html).toContain(normal.signs.okLine!);
    for (const s of normal.signs.ok) expect(html).toContain(`data-sign="${s.id}"`);
  });
});
