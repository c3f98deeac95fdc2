import { describe, expect, it } from "vitest";
import type { CheckinRecord } from "@/lib/checkin";
import type { CheckinInput } from "@/lib/validation/checkin";
import { makeCheckinRecord } from "@/tests/helpers/factories";
import {
  dashboardWeeks,
  halfTrend,
  meanOf,
  parseDashboardRange,
  summarizeSeries,
  toWeeklySeries,
} from "@/lib/dashboard/series";
import { withStatusBands } from "@/lib/dashboard/status-bands";

function checkin(week: string, hours: [number, number, number, number], extra: Partial<CheckinInput> = {}): CheckinRecord {
  const [meetings, execution, mentoring, other] = hours;
  return makeCheckinRecord(week, {
    hours: { meetings, execution, mentoring, other },
    lowValueMeetingHours: null,
    energy: null,
    skillConfidence: null,
    satisfaction: null,
    ...extra,
  });
}

describe("parseDashboardRange", () => {
  it.each([
    ["12w", "12w"],
    ["6m", "6m"],
    ["1y", "1y"],
    ["all", "all"],
    ["forever", "12w"],
    [undefined, "12w"],
    [["6m"], "12w"],
  ])("%j → %s", (input, expected) => {
    expect(parseDashboardRange(input)).toBe(expected);
  });
});

describe("dashboardWeeks", () => {
  it.each([
    ["12w", 12, "2026-W36"],
    ["6m", 26, "2026-W22"],
    ["1y", 52, "2025-W48"],
  ] as const)("%s covers %i weeks from %s", (range, count, first) => {
    const weeks = dashboardWeeks(range, "2026-W47", "2020-W01");
    expect(weeks).toHaveLength(count);
    expect(weeks[0]).toBe(first);
    expect(weeks.at(-1)).toBe("2026-W47");
  });

  it("covers everything since the first logged week for 'all', across a W53 year end", () => {
    const weeks = dashboardWeeks("all", "2027-W02", "2026-W52");
    expect(weeks).toEqual(["2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
  });

  it("falls back to the last week when nothing is logged", () => {
    expect(dashboardWeeks("all", "2026-W47", null)).toEqual(["2026-W47"]);
  });
});

describe("toWeeklySeries", () => {
  const weeks = ["2026-W44", "2026-W45", "2026-W46", "2026-W47"];
  const checkins = [
    checkin("2026-W44", [20, 10, 5, 5], { lowValueMeetingHours: 5, energy: { meetings: 2, execution: 5, mentoring: null } }),
    checkin("2026-W46", [0, 0, 0, 0]),
    checkin("2026-W47", [10, 10, 10, 10], { satisfaction: 4 }),
  ];
  const series = toWeeklySeries(checkins, weeks, [
    { week: "2026-W44", scores: { "missed-executing": 10, "skills-slipping": 20, "meetings-politics": 30, "not-set-up": 40, "doesnt-like-it": 50 } },
  ]);

  it("computes shares in percent for logged weeks", () => {
    expect(series[0]).toMatchObject({
      status: "logged",
      label: "W44",
      totalHours: 40,
      meetingsPct: 50,
      executionPct: 25,
      mentoringPct: 12.5,
      otherPct: 12.5,
      lowValuePct: 25,
      energyMeetings: 2,
      energyExecution: 5,
      energyMentoring: null,
    });
    expect(series[0]!.scores["not-set-up"]).toBe(40);
  });

  it("keeps missing and away weeks as gaps (null), never zero", () => {
    expect(series[1]).toMatchObject({ status: "missing", totalHours: null, meetingsPct: null, satisfaction: null });
    expect(series[2]).toMatchObject({ status: "away", totalHours: 0, meetingsPct: null, executionPct: null });
    expect(Object.values(series[1]!.scores).every((v) => v === null)).toBe(true);
  });

  it("summarizes logged, away and missing weeks", () => {
    expect(summarizeSeries(series)).toEqual({ logged: 2, away: 1, missing: 1 });
  });
});

describe("meanOf", () => {
  it.each([
    [[1, 2, 3], 2],
    [[null, 4, null, 2], 3],
    [[null, null], null],
    [[], null],
  ])("%j → %j", (values, expected) => {
    expect(meanOf(values)).toBe(expected);
  });
});

describe("halfTrend", () => {
  it.each([
    [[], { first: null, second: null, mean: null }],
    [[3], { first: null, second: null, mean: 3 }],
    [[2, 4], { first: 2, second: 4, mean: 3 }],
    [[1, 2, 3, 4, 5], { first: 1.5, second: 4, mean: 3 }],
    [[null, 2, 4, null], { first: 2, second: 4, mean: 3 }],
    [[null, null, 4, 4], { first: null, second: 4, mean: 4 }],
  ] as const)("%j → %j", (values, expected) => {
    expect(halfTrend(values)).toEqual(expected);
  });
});

describe("withStatusBands", () => {
  it("marks away and not-logged weeks on their own, and nothing else", () => {
    const rows = withStatusBands([{ status: "logged" }, { status: "away" }, { status: "missing" }] as const);
    expect(rows.map((r) => [r.away, r.missing])).toEqual([
      [null, null],
      [1, null],
      [null, 1],
    ]);
  });
});

describe("toWeeklySeries with the engine's history", () => {
  it("leaves a gap where a sign was not judged that week, and gives every week its date range", () => {
    const points = toWeeklySeries(
      [checkin("2026-W10", [10, 10, 10, 10]), checkin("2026-W11", [10, 10, 10, 10])],
      ["2026-W10", "2026-W11"],
      [
        { week: "2026-W10", scores: { "missed-executing": 0, "skills-slipping": 0, "meetings-politics": 0, "not-set-up": 0, "doesnt-like-it": 0 }, levels: { "missed-executing": null, "skills-slipping": null, "meetings-politics": null, "not-set-up": null, "doesnt-like-it": null } },
        { week: "2026-W11", scores: { "missed-executing": 0, "skills-slipping": 0, "meetings-politics": 0, "not-set-up": 45, "doesnt-like-it": 0 }, levels: { "missed-executing": null, "skills-slipping": null, "meetings-politics": null, "not-set-up": "watch", "doesnt-like-it": null } },
      ],
    );
    expect(points.map((p) => p.scores["not-set-up"])).toEqual([null, 45]);
    expect(points.map((p) => p.scores["missed-executing"])).toEqual([null, null]);
    expect(points[0]!.range).toBe("Mon 2 Mar – Sun 8 Mar 2026");
  });
});
