import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderReportPdf } from "@/components/pdf/report-document";
import { addIsoWeeks } from "@/lib/iso-week";
import { NOTE_MAX_LENGTH } from "@/lib/limits";
import { buildReportView, MAX_REPORT_WEEKS, type ReportView } from "@/lib/report";
import type { Profile } from "@/lib/validation/profile";
import { makeCheckin } from "../../helpers/factories";

// Pages land here as PNG so a person can look at them after a run (test-results/ is not committed).
const OUT = join("test-results", "pdf");
const TO = "2026-W40";
const NOW = new Date("2026-10-05T09:00:00Z");
const PROFILE: Profile = {
  displayName: "Łukasz Ольга 李雷",
  previousRole: "engineer",
  leadingSince: "2016-01-04",
  teamSize: 6,
  timeZone: "Europe/Warsaw",
  targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
};

const SCRIPTS = [
  "Planning went long again and the release slipped by a day, so we cut scope together. ",
  "Планирование снова затянулось, релиз сдвинулся на день, и мы вместе сократили объём. ",
  "我们团队这周完成了发布计划，但是会议太多了，我几乎没有时间写代码。",
];

/** A note of exactly NOTE_MAX_LENGTH characters in one script, tagged with its week at both ends. */
function noteFor(week: string, script: string): string {
  const head = `[${week} start] `;
  const tail = ` [${week} end]`;
  const body = script.repeat(Math.ceil(NOTE_MAX_LENGTH / script.length)).slice(0, NOTE_MAX_LENGTH - head.length - tail.length);
  return `${head}${body}${tail}`;
}

function longReport(weeks: number, withNotes: boolean): ReportView {
  const from = addIsoWeeks(TO, -(weeks - 1));
  const checkins = Array.from({ length: weeks }, (_, i) => {
    const week = addIsoWeeks(from, i);
    return makeCheckin(week, {
      hours: { meetings: 10 + (i % 9), execution: 18 - (i % 7), mentoring: 6, other: 4 },
      note: withNotes ? noteFor(week, SCRIPTS[i % SCRIPTS.length]!) : null,
    });
  });
  return buildReportView({ profile: PROFILE, checkins }, { from, to: TO, includeNotes: withNotes, now: NOW });
}

/** Each page's text, and the whole document's text without the footers, so a note broken across pages reads on. */
type Rendered = { pages: string[]; all: string; words: Word[] };
type Word = { page: number; xMin: number; xMax: number; yMin: number; yMax: number; text: string };

/** Every word's box in points, as poppler sees it: text clipped by the page edge still has a box. */
function wordBoxes(file: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const words: Word[] = [];
  html.split("<page ").slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: i + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! });
    }
  });
  return words;
}

async function renderAndLook(name: string, report: ReportView): Promise<Rendered> {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "report.pdf");
  const pdf = await renderReportPdf(report);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  writeFileSync(file, pdf);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", file, "-"], { encoding: "utf8" }),
  );
  execFileSync("pdftoppm", ["-r", "45", "-png", file, join(dir, "page")]);
  expect(readdirSync(dir).filter((f) => f.endsWith(".png"))).toHaveLength(count);
  // The running header (first line) and footer (last line) repeat on every page; the body is between.
  const body = (text: string) => text.trimEnd().split("\n").slice(1, -1).join("\n");
  return { pages, all: pages.map(body).join("\n"), words: wordBoxes(file) };
}

const squash = (text: string) => text.replace(/\s+/g, "");
// A4 in points and the page's padding (components/pdf/styles.ts): nothing may be drawn outside it.
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;
// The running header (leader, range) sits in the top margin, 18 pt from the edge (styles.header).
const HEADER_TOP = 18;

function expectInsideMargins({ words }: Rendered) {
  const outside = words.filter((w) => w.xMin < MARGIN - 1 || w.xMax > A4.width - MARGIN + 1 || w.yMin < HEADER_TOP - 5 || w.yMax > A4.height - 10);
  expect(outside.slice(0, 5), `${outside.length} words outside the margins`).toEqual([]);
}

function expectFooterOnEveryPage({ pages }: Rendered, _report: ReportView) {
  pages.forEach((text, i) => {
    expect(text, `footer of page ${i + 1}`).toContain(`Self-reported in Pendulum`);
    expect(text, `page number of page ${i + 1}`).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}\\s*$`));
  });
}

describe("the PDF for long ranges and long notes (issue 8 finding 6)", () => {
  it("renders 26 weeks of 2,000-character notes in Latin, Cyrillic and Chinese, every note whole", async () => {
    const report = longReport(26, true);
    const rendered = await renderAndLook("notes-26-weeks", report);
    expect(rendered.pages.length).toBeGreaterThan(8);
    expectFooterOnEveryPage(rendered, report);
    expectInsideMargins(rendered);
    const text = squash(rendered.all);
    expect(report.notes!.items).toHaveLength(26);
    for (const note of report.notes!.items) expect(text.includes(squash(note.text)), `the whole note of ${note.week}`).toBe(true);
  }, 120_000);

  it(`renders the longest range the app accepts (${MAX_REPORT_WEEKS} weeks), every week in the table`, async () => {
    const report = longReport(MAX_REPORT_WEEKS, false);
    expect(report.records).toHaveLength(MAX_REPORT_WEEKS);
    const rendered = await renderAndLook("range-522-weeks", report);
    expectFooterOnEveryPage(rendered, report);
    expectInsideMargins(rendered);
    // A table row starts with its week; a chart's axis of week labels has another week next to it.
    const rowsPerPage = rendered.pages.map((text) => (text.match(/^\s*\d{4}-W\d{2}\s{2,}(?!\d{4}-W)\S/gm) ?? []).length).filter((n) => n > 0);
    expect(rowsPerPage.reduce((a, b) => a + b, 0)).toBe(MAX_REPORT_WEEKS);
    expect(rowsPerPage.slice(1, -1).filter((n) => n < 40), `pages of a few rows: ${rowsPerPage.join(", ")}`).toEqual([]);
    for (const week of report.records) {
      expect(rendered.all).toMatch(new RegExp(`${week.week}\\s+${week.totalHours}\\s+${week.meetingsPct} %`));
    }
  }, 180_000);
});
