import { describe, expect, it } from "vitest";
import { buildReportView, contentDisposition, csvCell, reportFilename, toCsv, toMarkdown, escapeMarkdown } from "@/lib/report";
import { filenameFromDisposition } from "@/lib/filename";
import { SIGN_IDS } from "@/lib/enums";
import { makeCheckin } from "../../helpers/factories";
import type { Profile } from "@/lib/validation/profile";

const NOW = new Date("2026-11-26T09:00:00Z");
const PROFILE: Profile = {
  displayName: "Łukasz Nowak",
  previousRole: "engineer",
  leadingSince: "2026-03-02",
  teamSize: 6,
  timeZone: "Europe/Warsaw",
  targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
};
const CHECKINS = [
  makeCheckin("2025-W52", { note: "=HYPERLINK(\"http://evil\")" }),
  makeCheckin("2026-W01", { hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 }, lowValueMeetingHours: null, note: null }),
  makeCheckin("2026-W03", { hours: { meetings: 20, execution: 10, mentoring: 5, other: 5 }, note: "Line one,\nline \"two\"" }),
];
const RANGE = { from: "2025-W52", to: "2026-W03" };

function report(includeNotes: boolean) {
  return buildReportView({ profile: PROFILE, checkins: CHECKINS }, { ...RANGE, includeNotes, now: NOW });
}

const HEADER = [
  "week", "week_start", "hours_meetings", "hours_execution", "hours_mentoring", "hours_other",
  "share_meetings", "share_execution", "share_mentoring", "share_other", "low_value_meeting_hours",
  "energy_meetings", "energy_execution", "energy_mentoring",
  "skill_confidence", "politics", "support", "team_growth_joy", "satisfaction",
  "manager_one_on_one", "training",
  "score_missed_executing", "score_skills_slipping", "score_meetings_politics", "score_not_set_up", "score_doesnt_like_it",
];

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cell); cell = ""; }
    else if (ch === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i++; }
    else cell += ch;
  }
  return rows;
}

describe("toCsv", () => {
  it("starts with a BOM, has the header and one row per week including the missing ones", () => {
    const csv = toCsv(report(false));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(HEADER);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["2025-W52", "2026-W01", "2026-W02", "2026-W03"]);
    for (const r of rows) expect(r).toHaveLength(HEADER.length);
  });

  it("writes numbers unformatted, missing weeks as empty cells and yes/no as words", () => {
    const rows = parseCsv(toCsv(report(false)).slice(1));
    const col = (row: string[], name: string) => row[HEADER.indexOf(name)];
    const [, w52, w01, w02, w03] = rows as [string[], string[], string[], string[], string[]];
    expect(col(w52, "week_start")).toBe("2025-12-22");
    expect(col(w52, "hours_execution")).toBe("18");
    expect(col(w52, "share_execution")).toBe("0.45");
    expect(col(w03, "share_meetings")).toBe("0.5");
    expect(col(w52, "manager_one_on_one")).toBe("yes");
    expect(col(w52, "training")).toBe("no");
    expect(Number(col(w52, "score_not_set_up"))).toBeGreaterThanOrEqual(0);
    expect(w02.slice(2).every((c) => c === "")).toBe(true);
    expect(col(w01, "hours_meetings")).toBe("0");
    expect(col(w01, "share_meetings")).toBe("");
    expect(col(w01, "score_missed_executing")).toBe("");
  });

  it("adds the note column only when notes are chosen, neutralising formulas and quoting", () => {
    expect(toCsv(report(false))).not.toContain("HYPERLINK");
    const rows = parseCsv(toCsv(report(true)).slice(1));
    expect(rows[0]!.at(-1)).toBe("note");
    expect(rows[1]!.at(-1)).toBe("'=HYPERLINK(\"http://evil\")");
    expect(rows[4]!.at(-1)).toBe("Line one,\nline \"two\"");
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+49 30 1234", "'+49 30 1234"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "\"'\rx\""],
    ["plain", "plain"],
    ["a,b", "\"a,b\""],
    ["say \"hi\"", "\"say \"\"hi\"\"\""],
    [-2, "-2"],
    [0.25, "0.25"],
    [null, ""],
    [true, "yes"],
  ] as const)("csvCell(%j) → %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe("toMarkdown", () => {
  const md = toMarkdown(report(true));

  it("has the leader, the period, the counts and the talking points", () => {
    expect(md).toContain("# Leadership report: Łukasz Nowak");
    expect(md).toContain("2025-W52 – 2026-W03, 22 Dec 2025 – 18 Jan 2026 (4 weeks)");
    expect(md).toContain("**Weeks:** 2 logged, 1 away, 1 not logged");
    expect(md).toMatch(/## Suggested talking points for the 1:1\n\n1\. \*\*/);
  });

  it("puts the numbers in tables", () => {
    expect(md).toContain("| Sign | Level | Score (0–100) | Over the period |\n| --- | --- | --- | --- |");
    for (const id of SIGN_IDS) expect(md).toMatch(new RegExp(`\\| ${report(true).signs.items.find((s) => s.id === id)!.title} \\| (OK|Watch|Alert) \\| \\d+ \\|`));
    expect(md).toContain("| 2025-W52 | 40 | 30 % | 45 % | 15 % | 10 % | 16.7 % |");
    expect(md).toContain("| 2026-W01 | away | away | away | away | away | away |");
    expect(md).toContain("| 2026-W02 | not logged |");
    expect(md).toContain("| Skill confidence | 4 | 4 | 4 |");
  });

  it("escapes user text and leaves notes out unless chosen", () => {
    expect(md).toContain("- **2025-W52:** =HYPERLINK\\(\"http://evil\"\\)");
    expect(md).toContain("Line one, line \"two\"");
    expect(toMarkdown(report(false))).not.toContain("## Notes");
    expect(toMarkdown(report(false))).not.toContain("HYPERLINK");
    expect(escapeMarkdown("<b>[x](y)</b> | *")).toBe("\\<b\\>\\[x\\]\\(y\\)\\</b\\> \\| \\*");
  });
});

describe("report filenames", () => {
  it.each([
    ["Łukasz Nowak", "pendulum-report-lukasz-nowak-2026-W40-2026-W47.pdf", "pendulum-report-łukasz-nowak-2026-W40-2026-W47.pdf"],
    ["Ольга", "pendulum-report-leader-2026-W40-2026-W47.pdf", "pendulum-report-ольга-2026-W40-2026-W47.pdf"],
    ["李雷", "pendulum-report-leader-2026-W40-2026-W47.pdf", "pendulum-report-李雷-2026-W40-2026-W47.pdf"],
    ["José / \"Pepe\"", "pendulum-report-jose-pepe-2026-W40-2026-W47.pdf", "pendulum-report-josé-pepe-2026-W40-2026-W47.pdf"],
  ])("%s", (name, ascii, unicode) => {
    expect(reportFilename(name, { from: "2026-W40", to: "2026-W47" }, "pdf")).toEqual({ ascii, unicode });
  });

  it("sends both forms in Content-Disposition", () => {
    expect(contentDisposition("李雷", { from: "2026-W40", to: "2026-W47" }, "csv")).toBe(
      "attachment; filename=\"pendulum-report-leader-2026-W40-2026-W47.csv\"; filename*=UTF-8''pendulum-report-%E6%9D%8E%E9%9B%B7-2026-W40-2026-W47.csv",
    );
  });

  it.each([
    ["Łukasz Nowak"],
    ["李雷"],
    ["José / \"Pepe\" (it's) *"],
  ])("reads back the real name of %s from the header, as the download button saves it", (name) => {
    const header = contentDisposition(name, { from: "2026-W40", to: "2026-W47" }, "pdf");
    expect(filenameFromDisposition(header)).toBe(reportFilename(name, { from: "2026-W40", to: "2026-W47" }, "pdf").unicode);
  });

  it.each([
    [null, null],
    ['attachment; filename="plain.csv"', "plain.csv"],
    ["attachment; filename=\"x.pdf\"; filename*=UTF-8''%E0%A4%A", "x.pdf"],
  ])("reads %j as %j", (header, name) => {
    expect(filenameFromDisposition(header)).toBe(name);
  });
});
