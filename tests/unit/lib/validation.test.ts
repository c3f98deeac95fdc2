import { describe, expect, it } from "vitest";
import { checkinFormToShape } from "@/lib/checkin-form";
import { checkinSchemaUpTo, type CheckinInput } from "@/lib/validation/checkin";
import { CHECKIN_FORM_SPEC, PROFILE_FORM_SPEC, formToShape } from "@/lib/validation/form";
import { toFieldIssues } from "@/lib/validation/issues";
import { profileSchemaAsOf, type ProfileInput } from "@/lib/validation/profile";
import { TYPICAL_WEEK } from "@/tests/helpers/factories";

const CURRENT_WEEK = "2027-W05";
const checkinSchema = checkinSchemaUpTo(CURRENT_WEEK);

const HOURS = TYPICAL_WEEK.hours;
const VALID_CHECKIN: CheckinInput = { week: "2026-W10", ...TYPICAL_WEEK };

function issuesOf(input: unknown) {
  const result = checkinSchema.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error);
}

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("check-in schema: accepted", () => {
  it.each<[string, Record<string, unknown>]>([
    ["the data-format example", {}],
    ["2026-W53 (2026 has 53 weeks)", { week: "2026-W53" }],
    ["the current week", { week: CURRENT_WEEK }],
    ["a week of zero hours (away)", { hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 }, lowValueMeetingHours: 0 }],
    ["exactly 100 h in one activity", { hours: { meetings: 100, execution: 0, mentoring: 0, other: 0 } }],
    ["a total of exactly 168 h", { hours: { meetings: 100, execution: 68, mentoring: 0, other: 0 }, lowValueMeetingHours: null }],
    ["quarter hours", { hours: { meetings: 7.25, execution: 0.5, mentoring: 0.75, other: 0 }, lowValueMeetingHours: 7.25 }],
    ["low-value equal to meetings", { lowValueMeetingHours: 12 }],
    ["ratings at both ends", { skillConfidence: 1, politics: 5 }],
    ["every optional field null", { lowValueMeetingHours: null, energy: null, skillConfidence: null, managerOneOnOne: null, note: null }],
    ["a note of exactly 2,000 characters", { note: "x".repeat(2000) }],
  ])("%s", (_name, patch) => {
    expect(issuesOf({ ...VALID_CHECKIN, ...patch })).toEqual([]);
  });

  it("fills absent optional fields with null", () => {
    const parsed = checkinSchema.parse({ week: "2026-W10", hours: HOURS });
    expect(parsed).toEqual({
      week: "2026-W10",
      hours: HOURS,
      lowValueMeetingHours: null,
      energy: { meetings: null, execution: null, mentoring: null },
      skillConfidence: null,
      politics: null,
      support: null,
      teamGrowthJoy: null,
      satisfaction: null,
      managerOneOnOne: null,
      training: null,
      note: null,
    });
  });
});

describe("check-in schema: refused, with a message on the field", () => {
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ["2025-W53 (2025 has 52 weeks)", { week: "2025-W53" }, "week", /not a valid ISO week/i],
    ["week 00", { week: "2026-W00" }, "week", /not a valid ISO week/i],
    ["a date instead of a week", { week: "2026-03-02" }, "week", /not a valid ISO week/i],
    ["a week as a number", { week: 202610 }, "week", /enter a week/i],
    ["a week after the current one", { week: "2027-W06" }, "week", /up to the current one \(2027-W05\)/],
    ["a week in a later year", { week: "2030-W01" }, "week", /not later/],
    ["negative hours", { hours: { ...HOURS, meetings: -1 } }, "hours.meetings", /can't be negative/],
    ["hours not a number", { hours: { ...HOURS, execution: "abc" } }, "hours.execution", /must be a number/],
    ["hours as a numeric string", { hours: { ...HOURS, execution: "8" } }, "hours.execution", /must be a number/],
    ["hours missing", { hours: { ...HOURS, mentoring: null } }, "hours.mentoring", /enter the hours/i],
    ["hours above 100", { hours: { ...HOURS, other: 100.25 } }, "hours.other", /at most 100/i],
    ["hours not in quarters", { hours: { ...HOURS, meetings: 7.3 } }, "hours.meetings", /quarter hours/],
    ["hours summing above 168", { hours: { meetings: 100, execution: 68.25, mentoring: 0, other: 0 } }, "hours.total", /168/],
    ["low-value above meeting hours", { lowValueMeetingHours: 12.25 }, "lowValueMeetingHours", /more than the meeting hours/],
    ["low-value negative", { lowValueMeetingHours: -1 }, "lowValueMeetingHours", /negative/],
    ["a rating of 0", { skillConfidence: 0 }, "skillConfidence", /1 to 5/],
    ["a rating of 6", { politics: 6 }, "politics", /1 to 5/],
    ["a rating that isn't whole", { support: 2.5 }, "support", /whole number/],
    ["a rating as text", { satisfaction: "great" }, "satisfaction", /1 to 5/],
    ["an energy rating outside 1–5", { energy: { meetings: 7, execution: 1, mentoring: 1 } }, "energy.meetings", /1 to 5/],
    ["an energy rating that isn't whole", { energy: { meetings: 1, execution: 4.5, mentoring: 1 } }, "energy.execution", /whole/],
    ["yes/no as text", { training: "yes" }, "training", /yes, no/],
    ["a note over 2,000 characters", { note: "x".repeat(2001) }, "note", /2,000 characters/],
    ["an unknown field", { mood: 3 }, "mood", /unknown field "mood"/i],
    ["an unknown hours field", { hours: { ...HOURS, sleep: 50 } }, "hours.sleep", /unknown field/i],
    ["an unknown energy field", { energy: { meetings: 1, execution: 1, mentoring: 1, sleep: 1 } }, "energy.sleep", /unknown field/i],
  ])("%s", (_name, patch, path, message) => {
    const issues = issuesOf({ ...VALID_CHECKIN, ...patch });
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)?.message).toMatch(message);
  });

  it("refuses a body that is not an object", () => {
    expect(issuesOf([1, 2])).toEqual([{ path: "", message: "Expected a JSON object" }]);
  });
});

describe("formToShape on the check-in form", () => {
  it("nests dotted names, turns empty strings into null and parses numbers and yes/no", () => {
    const shape = formToShape(
      form([
        ["week", "2026-W10"],
        ["hours.meetings", "12"],
        ["hours.execution", " 7,5 "],
        ["hours.mentoring", "0"],
        ["hours.other", ".25"],
        ["lowValueMeetingHours", ""],
        ["energy.meetings", "3"],
        ["energy.execution", ""],
        ["skillConfidence", ""],
        ["managerOneOnOne", "no"],
        ["training", "false"],
        ["note", ""],
      ]),
      CHECKIN_FORM_SPEC,
    );
    expect(shape).toEqual({
      week: "2026-W10",
      hours: { meetings: 12, execution: 7.5, mentoring: 0, other: 0.25 },
      lowValueMeetingHours: null,
      energy: { meetings: 3, execution: null },
      skillConfidence: null,
      managerOneOnOne: false,
      training: false,
      note: null,
    });
  });

  it.each<[string, string, unknown]>([
    ["empty", "", null],
    ["blank", "   ", null],
    ["no", "no", false],
    ["false", "false", false],
    ["NO", "NO", false],
    ["yes", "yes", true],
    ["true", "true", true],
    ["something else", "maybe", "maybe"],
  ])("a yes/no field given %s becomes %j", (_name, raw, expected) => {
    expect(formToShape(form([["training", raw]]), CHECKIN_FORM_SPEC)).toEqual({ training: expected });
  });

  it.each<[string, unknown]>([
    ["7,5", 7.5],
    ["7.25", 7.25],
    ["0", 0],
    ["", null],
    ["abc", "abc"],
    ["7.5h", "7.5h"],
    ["1e3", "1e3"],
  ])("an hours field given %j becomes %j", (raw, expected) => {
    expect(formToShape(form([["hours.meetings", raw]]), CHECKIN_FORM_SPEC)).toEqual({ hours: { meetings: expected } });
  });

  it("never turns an empty hours field into 0: the schema asks for the hours", () => {
    const shape = checkinFormToShape(form([["week", "2026-W10"], ["hours.meetings", ""], ["hours.execution", "1"], ["hours.mentoring", "1"], ["hours.other", "1"]]));
    expect(issuesOf(shape)).toEqual([{ path: "hours.meetings", message: "Enter the hours" }]);
  });

  it("keeps text that isn't a number, which then fails as 'must be a number'", () => {
    const shape = checkinFormToShape(form([["week", "2026-W10"], ["hours.meetings", "abc"], ["hours.execution", "1"], ["hours.mentoring", "1"], ["hours.other", "1"]]));
    expect(issuesOf(shape)).toEqual([{ path: "hours.meetings", message: "The hours must be a number" }]);
  });

  it("drops React's $ACTION_* fields", () => {
    const shape = formToShape(
      form([
        ["$ACTION_ID_7f3a", ""],
        ["$ACTION_REF_1", "x"],
        ["$ACTION_1:0", "{}"],
        ["week", "2026-W10"],
      ]),
      CHECKIN_FORM_SPEC,
    );
    expect(shape).toEqual({ week: "2026-W10" });
  });

  describe("a form filled from the calendar carries the week's shape as declared fields", () => {
    const base: [string, string][] = [["week", "2026-W10"], ["hours.meetings", "1"], ["hours.execution", "1"], ["hours.mentoring", "1"], ["hours.other", "1"]];
    const shapeFields = (patch: Record<string, string> = {}): [string, string][] =>
      Object.entries({
        focusBlocks: "6",
        backToBackRuns: "1",
        afterHoursMeetingHours: "1.5",
        meetingsOverOneHour: "2",
        meetingsOverEightPeople: "0",
        recurringMeetingShare: "0.4",
        ...patch,
      }).map(([key, value]) => [`calendarShape.${key}`, value]);

    it("parses every calendarShape.* field as a number into one shape", () => {
      const parsed = checkinSchema.safeParse(checkinFormToShape(form([...base, ...shapeFields()])));
      expect(parsed.success && parsed.data.calendarShape).toEqual({
        focusBlocks: 6,
        backToBackRuns: 1,
        afterHoursMeetingHours: 1.5,
        meetingsOverOneHour: 2,
        meetingsOverEightPeople: 0,
        recurringMeetingShare: 0.4,
      });
    });

    it("refuses a shape out of bounds, a partial shape, or an extra key, beside the field", () => {
      expect(issuesOf(checkinFormToShape(form([...base, ...shapeFields({ recurringMeetingShare: "1.5" })])))).toEqual([
        { path: "calendarShape.recurringMeetingShare", message: expect.any(String) },
      ]);
      expect(issuesOf(checkinFormToShape(form([...base, ...shapeFields({ focusBlocks: "100000" })])))[0]?.path).toBe("calendarShape.focusBlocks");
      expect(issuesOf(checkinFormToShape(form([...base, ...shapeFields({ afterHoursMeetingHours: "169" })])))[0]?.path).toBe(
        "calendarShape.afterHoursMeetingHours",
      );
      expect(issuesOf(checkinFormToShape(form([...base, ...shapeFields().slice(1)])))[0]?.path).toBe("calendarShape.focusBlocks");
      expect(issuesOf(checkinFormToShape(form([...base, ...shapeFields(), ["calendarShape.extra", "1"]])))).toEqual([
        { path: "calendarShape.extra", message: 'Unknown field "calendarShape.extra"' },
      ]);
    });
  });

  it("keeps unknown fields so the strict schema refuses them", () => {
    const shape = checkinFormToShape(
      form([["week", "2026-W10"], ["hours.meetings", "1"], ["hours.execution", "1"], ["hours.mentoring", "1"], ["hours.other", "1"], ["userId", "someone-else"]]),
    );
    expect(issuesOf(shape)).toEqual([{ path: "userId", message: 'Unknown field "userId"' }]);
  });

  it("turns the browser's CRLF line breaks in the note back into LF", () => {
    expect(checkinFormToShape(form([["note", "one\r\ntwo\rthree\nfour"]]))).toEqual({ note: "one\ntwo\nthree\nfour" });
  });

  it("turns a whole filled-in form into a valid check-in", () => {
    const shape = checkinFormToShape(
      form([
        ["$ACTION_ID_abc", ""],
        ["week", "2026-W10"],
        ["hours.meetings", "12"],
        ["hours.execution", "18"],
        ["hours.mentoring", "6"],
        ["hours.other", "4"],
        ["lowValueMeetingHours", "2"],
        ["energy.meetings", "2"],
        ["energy.execution", "5"],
        ["energy.mentoring", "3"],
        ["skillConfidence", "4"],
        ["politics", "2"],
        ["support", "4"],
        ["teamGrowthJoy", "4"],
        ["satisfaction", "4"],
        ["managerOneOnOne", "yes"],
        ["training", "no"],
        ["note", "A good week."],
      ]),
    );
    expect(checkinSchema.parse(shape)).toEqual(VALID_CHECKIN);
  });
});

const TODAY = "2026-11-26";
const profileSchema = profileSchemaAsOf(TODAY);
const VALID_PROFILE: ProfileInput = {
  displayName: "Sam",
  previousRole: "engineer",
  leadingSince: "2026-03-02",
  teamSize: 6,
  timeZone: "Europe/Berlin",
  targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
};
const TARGETS = VALID_PROFILE.targets;

function profileIssuesOf(input: unknown) {
  const result = profileSchema.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error);
}

describe("profile schema", () => {
  it.each<[string, Record<string, unknown>]>([
    ["the data-format example", {}],
    ["no team size or time zone", { teamSize: null, timeZone: null }],
    ["leading since today", { leadingSince: TODAY }],
    ["each previous role", { previousRole: "it" }],
    ["targets at the edges", { targets: { meetingsMaxPct: 100, executionMinPct: 50, mentoringMinPct: 50 } }],
  ])("accepts %s", (_name, patch) => {
    expect(profileIssuesOf({ ...VALID_PROFILE, ...patch })).toEqual([]);
  });

  it("trims the display name", () => {
    expect(profileSchema.parse({ ...VALID_PROFILE, displayName: "  Sam  " }).displayName).toBe("Sam");
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ["an empty display name", { displayName: "" }, "displayName", /enter a display name/i],
    ["a blank display name", { displayName: "   " }, "displayName", /enter a display name/i],
    ["a display name over 80 characters", { displayName: "x".repeat(81) }, "displayName", /80 characters/],
    ["an unknown previous role", { previousRole: "manager" }, "previousRole", /engineer, product, design, IT or other/],
    ["a missing previous role", { previousRole: null }, "previousRole", /engineer/],
    ["a date that doesn't exist", { leadingSince: "2026-02-30" }, "leadingSince", /real date/],
    ["a date in another format", { leadingSince: "02/03/2026" }, "leadingSince", /YYYY-MM-DD/],
    ["a start date in the future", { leadingSince: "2026-11-27" }, "leadingSince", /future/],
    ["a negative team size", { teamSize: -1 }, "teamSize", /negative/],
    ["a team size that isn't whole", { teamSize: 2.5 }, "teamSize", /whole number/],
    ["a team size as text", { teamSize: "six" }, "teamSize", /must be a number/],
    ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }, "timeZone", /unknown time zone/i],
    ["a meetings target above 100", { targets: { ...TARGETS, meetingsMaxPct: 101 } }, "targets.meetingsMaxPct", /0 to 100/],
    ["a negative target", { targets: { ...TARGETS, executionMinPct: -5 } }, "targets.executionMinPct", /0 to 100/],
    ["a target that isn't whole", { targets: { ...TARGETS, mentoringMinPct: 20.5 } }, "targets.mentoringMinPct", /whole/],
    ["minimums above 100 together", { targets: { ...TARGETS, executionMinPct: 60, mentoringMinPct: 41 } }, "targets.mentoringMinPct", /more than 100/],
    ["an unknown field", { email: "a@b.c" }, "email", /unknown field/i],
    ["an unknown target", { targets: { ...TARGETS, otherMaxPct: 10 } }, "targets.otherMaxPct", /unknown field/i],
  ])("refuses %s", (_name, patch, path, message) => {
    const issues = profileIssuesOf({ ...VALID_PROFILE, ...patch });
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)?.message).toMatch(message);
  });

  it("reads the profile form: optional empties become null, numbers are parsed", () => {
    const shape = formToShape(
      form([
        ["$ACTION_ID_x", ""],
        ["displayName", "Sam"],
        ["previousRole", "design"],
        ["leadingSince", "2026-03-02"],
        ["teamSize", ""],
        ["timeZone", ""],
        ["targets.meetingsMaxPct", "50"],
        ["targets.executionMinPct", "20"],
        ["targets.mentoringMinPct", "20"],
      ]),
      PROFILE_FORM_SPEC,
    );
    expect(profileSchema.parse(shape)).toEqual({ ...VALID_PROFILE, previousRole: "design", teamSize: null, timeZone: null });
  });
});
