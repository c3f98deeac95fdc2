import { describe, expect, it } from "vitest";
import type { CheckinRecord } from "@/lib/checkin";
import type { CheckinInput } from "@/lib/validation/checkin";
import { makeCheckinRecord } from "@/tests/helpers/factories";
import { energyTable, scoresTable, splitTable } from "@/lib/dashboard/tables";
import { buildDashboardView, scoreRows } from "@/lib/dashboard/view";
import { SIGN_IDS } from "@/lib/enums";
import { addIsoWeeks } from "@/lib/iso-week";
import type { Profile } from "@/lib/validation/profile";

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

describe("buildDashboardView", () => {
  // Execution drains from 20 h to 1 h while meetings take over: the missed-executing story.
  const checkins = Array.from({ length: 14 }, (_, i) => week(addIsoWeeks("2026-W34", i), 12 + i * 2, Math.max(1, 20 - i * 2)));

  it("ends at the last completed week when the current one is not logged, and evaluates the signs", () => {
    const view = buildDashboardView({ profile, checkins, now, timeZone: "Europe/Berlin", range: "12w" });
    expect(view.lastWeek).toBe("2026-W47");
    expect(view.points).toHaveLength(12);
    expect(view.points.at(-1)!.week).toBe("2026-W47");
    expect(view.cards.map((c) => c.id)).toEqual([...SIGN_IDS]);
    const missed = view.cards.find((c) => c.id === "missed-executing")!;
    expect(missed.level).not.toBe("ok");
    expect(missed.evidence.length).toBeGreaterThan(0);
    expect(view.text.split).toMatch(/^Targets: meetings at most 50 %.* Meetings were above target in \d+ weeks?,/);
    expect(view.loggedWeeks).toBe(14);
  });

  it("includes the current week once it is logged", () => {
    const view = buildDashboardView({ profile, checkins: [...checkins, week("2026-W48", 10, 10)], now, timeZone: "Europe/Berlin", range: "all" });
    expect(view.lastWeek).toBe("2026-W48");
    expect(view.points[0]!.week).toBe("2026-W34");
  });

  it("marks weeks not logged as gaps in every table", () => {
    const view = buildDashboardView({ profile, checkins: checkins.slice(0, 10), now, timeZone: "Europe/Berlin", range: "12w" });
    const lastRow = splitTable(view.points).rows.at(-1)!;
    expect(lastRow.meetings).toBe("not logged");
    expect(energyTable(view.points).rows.at(-1)!.execution).toBe("not logged");
    expect(scoresTable(view.points).rows.at(-1)!["missed-executing"]).toBe("not logged");
    expect(view.summary.missing).toBeGreaterThan(0);
  });

  it("flattens sign scores for the score chart", () => {
    const view = buildDashboardView({ profile, checkins, now, timeZone: "Europe/Berlin", range: "12w" });
    const rows = scoreRows(view.points);
    const last = view.evaluation.history.at(-1)!;
    const row = rows.find((r) => r.week === last.week)!;
    expect(row["missed-executing"]).toBe(last.scores["missed-executing"]);
  });
});
