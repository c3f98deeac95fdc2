import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReportPdf } from "@/components/pdf/report-document";
import { buildReportView, type ReportView } from "@/lib/report";
import { addIsoWeeks } from "@/lib/iso-week";
import { formerEngineer } from "../signals/personas";

const dir = mkdtempSync(join(tmpdir(), "pendulum-pdf-"));
let report: ReportView;
let pdf: Buffer;
let text: string;

beforeAll(async () => {
  const data = formerEngineer(20);
  data.profile.displayName = "Łukasz Ольга 李雷";
  data.checkins[15] = { ...data.checkins[15]!, note: "Private: talked with 李雷" };
  const to = data.checkins.at(-1)!.week;
  report = buildReportView(data, { from: addIsoWeeks(to, -7), to, includeNotes: false, now: new Date("2026-11-26T09:00:00Z") });
  pdf = await renderReportPdf(report);
  writeFileSync(join(dir, "report.pdf"), pdf);
  text = execFileSync("pdftotext", ["-layout", join(dir, "report.pdf"), "-"], { encoding: "utf8" });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("renderReportPdf", () => {
  it("is a small PDF with selectable text", () => {
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeLessThan(300_000);
    expect(text).toContain("Leadership report");
  });

  it("holds the leader's name in Latin, Cyrillic and Chinese script", () => {
    expect(text).toContain("Łukasz Ольга 李雷");
  });

  it("holds the range, the counts and the sign levels in words", () => {
    expect(text).toContain(report.period);
    expect(text).toContain(report.weeks.counts);
    for (const sign of report.signs.items) {
      expect(text).toMatch(new RegExp(`${sign.levelLabel.toUpperCase()}\\s*${sign.title}\\s+${sign.scoreText}`));
    }
    expect(report.signs.items.some((s) => s.level === "alert")).toBe(true);
  });

  it("holds the weekly numbers and the talking points", () => {
    const week = report.records.find((w) => w.status === "logged")!;
    // pdftotext may drop the space before % in a narrow column ("5%").
    expect(text).toMatch(new RegExp(`${week.week}\\s+${week.totalHours}\\s+${week.meetingsPct} ?%\\s+${week.executionPct} ?%`));
    for (const point of report.talkingPoints.items) expect(text).toContain(point.title);
    expect(text).not.toContain("Private:");
  });

  it("renders to images with poppler", () => {
    execFileSync("pdftoppm", ["-r", "40", "-png", join(dir, "report.pdf"), join(dir, "page")]);
    expect(readdirSync(dir).filter((f) => f.startsWith("page")).length).toBeGreaterThanOrEqual(1);
  });
});
