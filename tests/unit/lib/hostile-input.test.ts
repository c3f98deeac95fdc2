import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SIGN_IN_FORM_SPEC, signInSchema } from "@/lib/auth/credentials";
import { parseImportFile, parseImportFileAsync } from "@/lib/backup";
import { calendarSettingsFormSchema, calendarSettingsFormToShape } from "@/lib/calendar/settings-form";
import { checkinFormToShape } from "@/lib/checkin-form";
import { findForbiddenCharacter, textLength } from "@/lib/text";
import { checkinSchema } from "@/lib/validation/checkin";
import { MAX_IMPORT_CHECKINS, parseExportFile } from "@/lib/validation/export-file";
import { CHECKIN_FORM_SPEC, PROFILE_FORM_SPEC, formToShape } from "@/lib/validation/form";
import { MAX_ISSUES, capIssues, listIssues, toFieldErrors, toFieldIssues } from "@/lib/validation/issues";
import { profileSchema } from "@/lib/validation/profile";
import { calendarSettingsSchema } from "@/lib/validation/calendar";
import { TYPICAL_WEEK } from "@/tests/helpers/factories";
import { expectPrototypesUnchanged, prototypeSnapshot, restorePrototypes } from "@/tests/helpers/prototypes";

const NOW = new Date("2026-03-11T10:00:00Z");

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const CHECKIN_FIELDS: [string, string][] = [
  ["week", "2026-W10"],
  ["hours.meetings", "12"],
  ["hours.execution", "18"],
  ["hours.mentoring", "6"],
  ["hours.other", "4"],
  ["energy.meetings", "2"],
  ["energy.execution", "5"],
  ["energy.mentoring", "3"],
  ["satisfaction", "4"],
  ["note", "An ordinary week."],
];

const PROFILE = {
  displayName: "Sam",
  previousRole: "engineer",
  leadingSince: "2025-09-01",
  timeZone: "Europe/Berlin",
  targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
};

const fileText = (checkins: string, profile: unknown = PROFILE) =>
  `{"format":"pendulum","version":1,"profile":${JSON.stringify(profile)},"checkins":${checkins}}`;

let before: ReturnType<typeof prototypeSnapshot>;
beforeEach(() => {
  before = prototypeSnapshot();
});
afterEach(() => {
  restorePrototypes(before);
});

describe("finding 1: no form or JSON conversion writes through a prototype", () => {
  const PROTO_NAMES = [
    "__proto__.note",
    "__proto__.polluted",
    "constructor.prototype.polluted",
    "prototype.polluted",
    "hours.__proto__.polluted",
    "energy.constructor.prototype.polluted",
    "a.__proto__.polluted",
    "__proto__",
    "constructor",
  ];

  it.each(PROTO_NAMES)("the check-in form with a field named %j: refused as unknown, Object.prototype untouched, the next save works", (name) => {
    const hostile = checkinSchema.safeParse(checkinFormToShape(form([...CHECKIN_FIELDS, [name, "planted"]])));
    expect(hostile.success).toBe(false);
    expect(toFieldIssues(hostile.error!)).toEqual([{ path: name, message: `Unknown field "${name}"` }]);
    expectPrototypesUnchanged(before);

    const innocent = checkinSchema.safeParse(checkinFormToShape(form(CHECKIN_FIELDS)));
    expect(innocent.success && innocent.data.note).toBe("An ordinary week.");
  });

  it.each(PROTO_NAMES)("the sign-in form with %j (as the no-JavaScript post and the action's decoded form deliver it)", (name) => {
    const shape = formToShape(form([["email", "sam@example.com"], ["password", "correct horse"], [name, "x"]]), SIGN_IN_FORM_SPEC);
    const parsed = signInSchema.safeParse(shape);
    expect(parsed.success).toBe(false);
    expect(toFieldErrors(parsed.error!)).toEqual({ [name]: `Unknown field "${name}"` });
    expectPrototypesUnchanged(before);
    expect(signInSchema.safeParse(formToShape(form([["email", "sam@example.com"], ["password", "pw"]]), SIGN_IN_FORM_SPEC)).success).toBe(true);
  });

  it("a file upload named __proto__ does not become the shape's prototype", () => {
    const shape = formToShape(form([["__proto__", new Blob(["x"])], ["displayName", "Sam"]]), PROFILE_FORM_SPEC);
    expect(Object.getPrototypeOf(shape)).toBeNull();
    expect(Object.keys(shape).sort()).toEqual(["__proto__", "displayName"]);
    expectPrototypesUnchanged(before);
  });

  it("keeps undeclared dotted names whole instead of nesting them", () => {
    const shape = formToShape(form([["hours.meetings", "1"], ["hours.extra", "2"], ["a.b.c", "3"]]), CHECKIN_FORM_SPEC);
    expect(shape).toEqual({ hours: { meetings: 1 }, "hours.extra": "2", "a.b.c": "3" });
  });

  it("the calendar settings form with __proto__ fields and __proto__ keys in its rules JSON", () => {
    const shape = calendarSettingsFormToShape(
      form([
        ["__proto__", "x"],
        ["constructor.prototype.polluted", "x"],
        ["emails", "sam@example.com"],
        ["rules", '[{"match":"manager","category":"meetings","__proto__":{"polluted":true}}]'],
        ["weekday", "friday"],
        ["time", "16:00"],
        ["alarmMinutesBefore", "0"],
      ]),
    );
    const parsed = calendarSettingsFormSchema.safeParse(shape);
    expect(parsed.success).toBe(false);
    expect(toFieldIssues(parsed.error!)).toEqual([{ path: "calendar.rules[0].__proto__", message: 'Unknown field "__proto__"' }]);
    expectPrototypesUnchanged(before);
  });

  it.each([
    ["at the top", '{"__proto__":{"polluted":1},"week":"2026-W10"}'],
    ["in hours", '{"week":"2026-W10","hours":{"meetings":1,"execution":1,"mentoring":1,"other":1,"__proto__":{"polluted":1}}}'],
    ["as constructor.prototype", '{"week":"2026-W10","constructor":{"prototype":{"polluted":1}}}'],
  ])("JSON with __proto__ %s is refused by the strict schema", (_where, text) => {
    const parsed = checkinSchema.safeParse(JSON.parse(text));
    expect(parsed.success).toBe(false);
    expect(toFieldIssues(parsed.error!).some((i) => /Unknown field "(__proto__|constructor)"/.test(i.message))).toBe(true);
    expectPrototypesUnchanged(before);
  });

  it("an import file with __proto__ at every level is refused and pollutes nothing", () => {
    const text =
      '{"__proto__":{"polluted":1},"format":"pendulum","version":1,' +
      `"profile":${JSON.stringify(PROFILE).replace("{", '{"__proto__":{"polluted":1},')},` +
      '"settings":{"__proto__":{"polluted":1}},' +
      '"checkins":[{"__proto__":{"polluted":1},"week":"2026-W10","hours":{"meetings":1,"execution":1,"mentoring":1,"other":1}}]}';
    const result = parseImportFile(text, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path).sort()).toEqual(["__proto__", "checkins[0].__proto__", "profile.__proto__", "settings.__proto__"].sort());
    expectPrototypesUnchanged(before);
  });
});

describe("finding 4: error lists are bounded", () => {
  it(`refuses more than ${MAX_IMPORT_CHECKINS.toLocaleString("en-US")} check-ins before reading any of them (the 5 MB file of 1.7 million {})`, () => {
    const text = fileText(`[${Array(1_700_000).fill("{}").join(",")}]`);
    expect(text.length).toBeLessThan(5.2 * 1024 * 1024);
    const result = parseImportFile(text, NOW);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "checkins", message: "The file holds 1,700,000 check-ins; a backup holds at most 5,220 (a century of weeks)" }],
    });
  });

  it("the schema alone refuses the long list with one issue, without one per entry", () => {
    const parsed = parseExportFile(fileText(`[${Array(MAX_IMPORT_CHECKINS + 1).fill("{}").join(",")}]`));
    expect(parsed).toEqual({ ok: false, issues: [{ path: "checkins", message: expect.stringMatching(/holds 5,221 check-ins/) }] });
  });

  it("lists the first 100 problems of a file at the limit and counts the rest", () => {
    const result = parseImportFile(fileText(`[${Array(MAX_IMPORT_CHECKINS).fill("{}").join(",")}]`), NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(MAX_ISSUES);
    expect(result.issues[0]).toEqual({ path: "checkins[0].week", message: "Enter a week such as 2026-W10" });
    // Two problems per {} (no week, no hours).
    expect(result.moreIssues).toBe(2 * MAX_IMPORT_CHECKINS - MAX_ISSUES);
    expect(JSON.stringify(result).length).toBeLessThan(16 * 1024);
  });

  it("shortens an unknown key of a megabyte before echoing it", () => {
    const key = "k".repeat(1024 * 1024);
    const result = parseImportFile(fileText(`[{"week":"2026-W10","hours":{"meetings":1,"execution":1,"mentoring":1,"other":1},"${key}":1}]`), NOW);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result).length).toBeLessThan(1024);
    expect(!result.ok && result.issues[0]).toEqual({ path: `checkins[0].${"k".repeat(63)}…`, message: `Unknown field "${"k".repeat(63)}…"` });
  });

  it("caps a check-in with thousands of unknown keys and says how many more", () => {
    const body = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`x${i}`, 1]));
    const parsed = checkinSchema.safeParse({ ...TYPICAL_WEEK, week: "2026-W10", ...body });
    const list = listIssues(parsed.error!);
    expect(list.issues).toHaveLength(MAX_ISSUES);
    expect(list.moreIssues).toBe(5000 - MAX_ISSUES);
    const errors = toFieldErrors(parsed.error!);
    expect(Object.keys(errors)).toHaveLength(MAX_ISSUES + 1);
    expect(errors.form).toBe("…and 4,900 more problems");
  });

  it("capIssues keeps the first ones in order", () => {
    const issues = Array.from({ length: 250 }, (_, i) => ({ path: `p${i}`, message: "m" }));
    expect(capIssues(issues)).toEqual({ issues: issues.slice(0, 100), moreIssues: 150 });
    expect(capIssues(issues.slice(0, 3))).toEqual({ issues: issues.slice(0, 3), moreIssues: 0 });
  });
});

describe("finding 10: text is well-formed Unicode without control characters", () => {
  const checkin = (note: string) => checkinSchema.safeParse({ ...TYPICAL_WEEK, week: "2026-W10", note });

  it.each([
    ["2,000 unpaired high surrogates (the reported note)", "\uD800".repeat(2000), "U+D800", 1],
    ["a lone low surrogate", "ok \uDC00", "U+DC00", 4],
    ["a pair in the wrong order", "\uDE00\uD83D", "U+DE00", 1],
    ["a high surrogate at the end", "😀 fine until\uD83D", "U+D83D", 13],
  ])("refuses %s, naming the character and its position", (_name, note, code, position) => {
    const parsed = checkin(note);
    expect(parsed.success).toBe(false);
    expect(toFieldIssues(parsed.error!)).toEqual([
      { path: "note", message: `The note has a broken character (${code}, half of a surrogate pair) at position ${position}; remove it` },
    ]);
  });

  it.each([
    ["NUL", "a\u0000b", "U+0000"],
    ["a bell", "\u0007", "U+0007"],
    ["a vertical tab", "a\u000Bb", "U+000B"],
    ["escape", "\u001B[31m", "U+001B"],
    ["DEL", "\u007F", "U+007F"],
    ["a C1 control", "\u0085", "U+0085"],
  ])("refuses %s in a note", (_name, note, code) => {
    const parsed = checkin(note);
    expect(parsed.success).toBe(false);
    expect(toFieldIssues(parsed.error!)[0]!.message).toContain(`an invisible control character (${code})`);
  });

  it.each([
    ["tabs and line breaks", "one\ttwo\nthree\r\nfour"],
    ["emoji, flags and families", "👍🏽 🇩🇪 👨‍👩‍👧"],
    ["CJK, RTL and combining marks", "山田 שלום e\u0301"],
    ["noncharacters and line separators", "\uFFFE\u2028\uFDD0"],
    ["a paired surrogate at the start of the astral plane", "\uD800\uDC00"],
  ])("accepts %s", (_name, note) => {
    expect(checkin(note).success).toBe(true);
  });

  it("counts the note in characters as shown (code points): 2,000 emoji fit, 2,001 do not", () => {
    expect(textLength("👍".repeat(2000))).toBe(2000);
    expect(checkin("👍".repeat(2000)).success).toBe(true);
    const over = checkin("👍".repeat(2001));
    expect(over.success).toBe(false);
    expect(toFieldIssues(over.error!)).toEqual([{ path: "note", message: "Keep the note to 2,000 characters" }]);
  });

  it("refuses broken and control characters in the display name, even a line break inside it", () => {
    for (const displayName of ["Sam\uD800", "Sam\nSmith", "Sam\u0000"]) {
      const parsed = profileSchema.safeParse({ ...PROFILE, displayName });
      expect(parsed.success, displayName).toBe(false);
      expect(toFieldIssues(parsed.error!)[0]!.path).toBe("displayName");
    }
    expect(profileSchema.parse({ ...PROFILE, displayName: " 李雷 👩🏽‍💻\n" }).displayName).toBe("李雷 👩🏽‍💻");
    expect(profileSchema.safeParse({ ...PROFILE, displayName: "😀".repeat(80) }).success).toBe(true);
    expect(profileSchema.safeParse({ ...PROFILE, displayName: "😀".repeat(81) }).success).toBe(false);
  });

  it("refuses broken keywords in calendar rules", () => {
    const parsed = calendarSettingsSchema.safeParse({
      emails: [],
      managerEmails: [],
      rules: [{ match: "title", keywords: ["ok", "bad\uDFFF"], category: "meetings" }],
    });
    expect(parsed.success).toBe(false);
    expect(toFieldIssues(parsed.error!)[0]!.path).toBe("rules[0].keywords[1]");
  });

  it("refuses an import whose note or name is not well-formed", () => {
    const result = parseImportFile(
      fileText(
        '[{"week":"2026-W10","hours":{"meetings":1,"execution":1,"mentoring":1,"other":1},"note":"\\ud800\\ud800"}]',
        { ...PROFILE, displayName: "Sam\u0000" },
      ),
      NOW,
    );
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(["profile.displayName", "checkins[0].note"]);
  });

  it.each([
    ["", null],
    ["plain", null],
    ["\uD83D\uDE00", null],
    ["a\uD800", { position: 2, codePoint: 0xd800, kind: "unpaired-surrogate" }],
    ["😀\u0000", { position: 2, codePoint: 0, kind: "control" }],
  ])("findForbiddenCharacter(%j)", (text, expected) => {
    expect(findForbiddenCharacter(text)).toEqual(expected);
  });

  it("allows tab and line breaks only in multi-line text", () => {
    expect(findForbiddenCharacter("a\tb")).toEqual({ position: 2, codePoint: 9, kind: "control" });
    expect(findForbiddenCharacter("a\tb\r\n", { multiline: true })).toBeNull();
  });
});

describe("finding 4: a file is measured before it is parsed", () => {
  it("refuses a file of 300,000 tiny values anywhere, not only in checkins, before JSON.parse", () => {
    const text = `{"format":"pendulum","version":1,"profile":{},"settings":[${Array(300_000).fill("0").join(",")}],"checkins":[]}`;
    expect(parseImportFile(text, NOW)).toEqual({
      ok: false,
      issues: [{ path: "", message: "This file holds far more than a backup can: it is not a Pendulum export" }],
    });
  });

  it("refuses nesting deeper than any backup", () => {
    const text = `{"format":"pendulum","version":1,"profile":${"[".repeat(100_000)}${"]".repeat(100_000)},"checkins":[]}`;
    expect(parseImportFile(text, NOW).ok).toBe(false);
    expect(!parseImportFile(text, NOW).ok && (parseImportFile(text, NOW) as { issues: { path: string }[] }).issues[0]!.path).toBe("");
  });

  it("counts checkins even when other keys hold arrays and strings hold brackets", () => {
    const text = fileText(`[${Array(MAX_IMPORT_CHECKINS + 1).fill('{"note":"],[\\"x"}').join(",")}]`).replace('"format"', '"other":[1,2,[3]],"format"');
    expect(parseImportFile(text, NOW)).toEqual({ ok: false, issues: [{ path: "checkins", message: expect.stringMatching(/holds 5,221 check-ins/) }] });
  });
});

describe("finding 4: checking a large file leaves room for other requests", () => {
  const big = () => fileText(`[${Array(MAX_IMPORT_CHECKINS).fill('{"week":"nope"}').join(",")}]`);

  it("lets other work run between slices of rows, and finds the same problems as the plain check", async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    const result = await parseImportFileAsync(big(), NOW);
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(0);
    expect(result).toEqual(parseImportFile(big(), NOW));
  });

  it("gives up at its deadline with one issue", async () => {
    expect(await parseImportFileAsync(big(), NOW, 0)).toEqual({
      ok: false,
      issues: [{ path: "", message: "Checking this file took too long; nothing was changed. Try again later." }],
    });
  });
});
