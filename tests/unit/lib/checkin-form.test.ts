import { describe, expect, it } from "vitest";
import {
  CHECKIN_FIELD_NAMES,
  LEADER_FIELD,
  MISSING_WEEK_LOOKBACK,
  carriedOver,
  checkinEntries,
  checkinFieldLabel,
  checkinToFormValues,
  emptyCheckinFormValues,
  fieldId,
  liveSplit,
  nextMissingWeek,
  normalizeWeekInput,
  parseHoursInput,
  recentWeeks,
  resolveWeekParam,
  weekNavigation,
  withHours,
} from "@/lib/checkin-form";
import { addIsoWeeks } from "@/lib/iso-week";
import { checkinSchema, type Checkin } from "@/lib/validation/checkin";
import { CHECKIN_FORM_SPEC } from "@/lib/validation/form";

const CHECKIN: Checkin = checkinSchema.parse({
  week: "2026-W10",
  hours: { meetings: 12, execution: 18.25, mentoring: 6, other: 0 },
  lowValueMeetingHours: 2.5,
  energy: { meetings: 2, execution: null, mentoring: 3 },
  skillConfidence: 4,
  managerOneOnOne: true,
  training: false,
  note: "Line one\nline two",
});

describe("check-in form fields", () => {
  it("are exactly the fields the form spec converts", () => {
    expect([...CHECKIN_FIELD_NAMES].sort()).toEqual(Object.keys(CHECKIN_FORM_SPEC).sort());
  });

  it("start empty except for the week", () => {
    const values = emptyCheckinFormValues("2026-W10");
    expect(values.week).toBe("2026-W10");
    expect(Object.entries(values).filter(([name, v]) => name !== "week" && v !== "")).toEqual([]);
  });

  it("show a saved check-in as text, with unrated and unanswered left empty", () => {
    expect(checkinToFormValues(CHECKIN)).toEqual({
      week: "2026-W10",
      "hours.meetings": "12",
      "hours.execution": "18.25",
      "hours.mentoring": "6",
      "hours.other": "0",
      lowValueMeetingHours: "2.5",
      "energy.meetings": "2",
      "energy.execution": "",
      "energy.mentoring": "3",
      skillConfidence: "4",
      politics: "",
      support: "",
      teamGrowthJoy: "",
      satisfaction: "",
      managerOneOnOne: "yes",
      training: "no",
      note: "Line one\nline two",
    });
  });

  it("'same as last week' replaces only the hours", () => {
    const values = { ...emptyCheckinFormValues("2026-W11"), "hours.meetings": "99", satisfaction: "5", note: "keep" };
    const next = withHours(values, CHECKIN.hours);
    expect(next).toEqual({
      ...values,
      "hours.meetings": "12",
      "hours.execution": "18.25",
      "hours.mentoring": "6",
      "hours.other": "0",
    });
    expect(values["hours.meetings"]).toBe("99");
  });

  it.each([
    ["hours.meetings", "field-hours-meetings"],
    ["note", "field-note"],
    ["energy.execution", "field-energy-execution"],
  ])("%s has the DOM id %s", (path, id) => {
    expect(fieldId(path)).toBe(id);
  });

  it.each([
    ["hours.total", "Total hours"],
    ["energy.meetings", "Energy from meetings"],
    ["training", "Had leadership training or coaching"],
    ["mystery", "mystery"],
  ])("%s is labelled %s", (path, label) => {
    expect(checkinFieldLabel(path)).toBe(label);
  });
});

describe("parseHoursInput", () => {
  it.each<[string, number | null]>([
    ["7", 7],
    ["7.25", 7.25],
    ["7,5", 7.5],
    [" 8 ", 8],
    [".5", 0.5],
    ["+3", 3],
    ["", null],
    ["abc", null],
    ["-1", null],
    ["7.5.1", null],
    ["1e2", null],
  ])("%j → %j", (raw, expected) => {
    expect(parseHoursInput(raw)).toBe(expected);
  });
});

describe("liveSplit", () => {
  const withHoursText = (m: string, e: string, mt: string, o: string) => ({
    ...emptyCheckinFormValues("2026-W10"),
    "hours.meetings": m,
    "hours.execution": e,
    "hours.mentoring": mt,
    "hours.other": o,
  });

  it("adds up the hours and shares each by the sum of all four", () => {
    const split = liveSplit(withHoursText("20", "10", "7,5", "2.5"));
    expect(split.total).toBe(40);
    expect(split.shares).toEqual({ meetings: 0.5, execution: 0.25, mentoring: 0.1875, other: 0.0625 });
    expect(split.hasUnreadable).toBe(false);
  });

  it("counts empty fields as 0 without complaint", () => {
    const split = liveSplit(withHoursText("10", "", "", ""));
    expect(split.total).toBe(10);
    expect(split.shares.meetings).toBe(1);
    expect(split.hasUnreadable).toBe(false);
  });

  it("flags text it can't read and counts it as 0", () => {
    const split = liveSplit(withHoursText("10", "ten", "", ""));
    expect(split.total).toBe(10);
    expect(split.hasUnreadable).toBe(true);
  });

  it("gives all-zero shares for an empty or away week", () => {
    expect(liveSplit(withHoursText("0", "0", "0", "0")).shares).toEqual({ meetings: 0, execution: 0, mentoring: 0, other: 0 });
  });
});

describe("normalizeWeekInput", () => {
  it.each<[string, string | null]>([
    ["2026-W10", "2026-W10"],
    ["2026-w10", "2026-W10"],
    ["2026W10", "2026-W10"],
    ["2026-W3", "2026-W03"],
    [" 2026 - W 10 ", "2026-W10"],
    ["2026-W53", "2026-W53"],
    ["2025-W53", null],
    ["2026-W00", null],
    ["2026-W54", null],
    ["1969-W10", null],
    ["2026-10", null],
    ["2026-W10/../x", null],
    ["", null],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeWeekInput(raw)).toBe(expected);
  });
});

describe("resolveWeekParam", () => {
  const current = "2026-W48";
  it.each([
    ["2026-W47", { status: "ok", week: "2026-W47" }],
    ["2026-W48", { status: "ok", week: "2026-W48" }],
    ["2020-W53", { status: "ok", week: "2020-W53" }],
    ["2026-w47", { status: "ok", week: "2026-W47" }],
    ["2026-W49", { status: "future", week: "2026-W49" }],
    ["2027-W01", { status: "future", week: "2027-W01" }],
    ["2025-W53", { status: "invalid" }],
    ["latest", { status: "invalid" }],
  ])("%s → %j", (raw, expected) => {
    expect(resolveWeekParam(raw, current)).toEqual(expected);
  });
});

describe("weekNavigation", () => {
  it.each([
    ["2026-W10", "2026-W48", { previous: "2026-W09", next: "2026-W11" }],
    ["2026-W47", "2026-W48", { previous: "2026-W46", next: "2026-W48" }],
    ["2026-W48", "2026-W48", { previous: "2026-W47", next: null }],
    ["2027-W01", "2027-W05", { previous: "2026-W53", next: "2027-W02" }],
    ["2026-W01", "2026-W48", { previous: "2025-W52", next: "2026-W02" }],
  ])("%s with current %s", (week, current, expected) => {
    expect(weekNavigation(week, current)).toEqual(expected);
  });
});

describe("recentWeeks", () => {
  it("lists the current week and earlier ones, newest first, across a year end", () => {
    expect(recentWeeks("2027-W02", 4)).toEqual(["2027-W02", "2027-W01", "2026-W53", "2026-W52"]);
  });
});

describe("carriedOver (“Same as last week”)", () => {
  const previous = checkinToFormValues(CHECKIN);
  const typed = { ...emptyCheckinFormValues("2026-W11"), managerOneOnOne: "no", note: "this week's own note" };

  it("carries the hours, the low-value share and every rating, and leaves the week, yes/no answers and note", () => {
    const next = carriedOver(typed, previous);
    expect(next.week).toBe("2026-W11");
    expect(next["hours.execution"]).toBe("18.25");
    expect(next.lowValueMeetingHours).toBe("2.5");
    expect(next["energy.meetings"]).toBe("2");
    expect(next["energy.execution"]).toBe("");
    expect(next.skillConfidence).toBe("4");
    expect(next.managerOneOnOne).toBe("no");
    expect(next.note).toBe("this week's own note");
  });

  it("with hoursOnly, carries the four hours alone", () => {
    const next = carriedOver(typed, previous, { hoursOnly: true });
    expect(next["hours.meetings"]).toBe("12");
    expect(next.lowValueMeetingHours).toBe("");
    expect(next["energy.meetings"]).toBe("");
    expect(next.skillConfidence).toBe("");
  });
});

describe("nextMissingWeek", () => {
  const last = "2026-W48";

  it("offers the first gap after the week just saved, up to the week just ended", () => {
    expect(nextMissingWeek("2026-W44", new Set(["2026-W40", "2026-W45"]), last)).toBe("2026-W46");
  });

  it("otherwise the nearest gap before it, but not before the first logged week", () => {
    expect(nextMissingWeek("2026-W48", new Set(["2026-W45", "2026-W47"]), last)).toBe("2026-W46");
    expect(nextMissingWeek("2026-W48", new Set(["2026-W47"]), last)).toBeNull();
    expect(nextMissingWeek("2026-W48", new Set(), last)).toBeNull();
  });

  it("never offers the running week, and nothing when every week is logged", () => {
    expect(nextMissingWeek("2026-W48", new Set(["2026-W46", "2026-W47"]), last)).toBeNull();
    expect(nextMissingWeek("2026-W49", new Set(["2026-W48"]), last)).toBeNull();
  });

  it("looks back at most MISSING_WEEK_LOOKBACK weeks", () => {
    const far = addIsoWeeks(last, -(MISSING_WEEK_LOOKBACK + 2));
    expect(nextMissingWeek(last, new Set([far]), last)).toBe(addIsoWeeks(last, -1));
    const logged = new Set(Array.from({ length: MISSING_WEEK_LOOKBACK }, (_, i) => addIsoWeeks(last, -1 - i)));
    logged.add(far);
    expect(nextMissingWeek(last, logged, last)).toBeNull();
  });
});

describe("checkinEntries", () => {
  it("leaves out the leader marker the check-in schema does not know", () => {
    const entries = checkinEntries([
      ["week", "2026-W10"],
      [LEADER_FIELD, "someone"],
      ["note", "x"],
    ]);
    expect(entries.map(([name]) => name)).toEqual(["week", "note"]);
  });
});
