import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderReportPdf } from "@/components/pdf/report-document";
import { addIsoWeeks } from "@/lib/iso-week";
import { buildReportView } from "@/lib/report";
import type { Profile } from "@/lib/validation/profile";
import { makeCheckin } from "../../helpers/factories";

// Pages land in test-results/pdf-brief/ as PNG so a person can look at them after a run.
const OUT = join("test-results", "pdf-brief");
const TO = "2026-W40";
const NOW = new Date("2026-10-05T09:00:00Z");
const PROFILE: Profile = {
  displayName: "Ольга Łukasz 李雷",
  previousRole: "engineer",
  leadingSince: "2024-01-08",
  teamSize: 6,
  timeZone: "Europe/Warsaw",
  targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
};
const NOTES = ["Release slipped a day; we cut scope together.", "Планирование снова затянулось, релиз сдвинулся.", "这周会议太多了，我几乎没有时间写代码。"];

/** `weeks` weeks to TO: meetings creep up, the last two weeks are demo weeks with a tell-tale note. */
function render(weeks: number) {
  const from = addIsoWeeks(TO, -(weeks - 1));
  const checkins = Array.from({ length: weeks }, (_, i) => {
    const week = addIsoWeeks(from, i);
    const demo = i >= weeks - 2;
    return {
      ...makeCheckin(week, {
        hours: { meetings: 12 + Math.round((i / weeks) * 14), execution: 20 - Math.round((i / weeks) * 12), mentoring: 5, other: 3 },
        note: demo ? "DEMOWEEK sample note" : NOTES[i % NOTES.length]!,
      }),
      isDemo: demo,
    };
  });
  return buildReportView({ profile: PROFILE, checkins }, { from, to: TO, includeNotes: true, now: NOW, talkingPoints: null });
}

describe.each([4, 52, 104])("the PDF brief for %i weeks", (weeks) => {
  it("has a header and footer on every page, page 1 as a brief, axis labels, no demo week, and renders to PNG", async () => {
    const view = render(weeks);
    const dir = join(OUT, `w${weeks}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "report.pdf");
    writeFileSync(file, await renderReportPdf(view));
    const pages = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim() !== "");
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain("Self-reported in Pendulum");
      expect(page).toContain("generated 2026-10-05");
      expect(page).toContain(`${addIsoWeeks(TO, -(weeks - 1))} – ${TO}`);
      expect(page).toContain("Ольга Łukasz 李雷");
    });
    const [first, second] = pages;
    // Page 1 is the brief: the headline, the talking points and the compact chart with its axes.
    expect(first).toMatch(/As of 2026-W40, (none|\w+) of the five warning signs/);
    expect(first).toContain("Suggested talking points");
    expect(first).toContain("% of logged hours");
    expect(first).toContain("100 %");
    expect(first).toContain(weeks > 78 ? "Month" : "ISO week");
    if (weeks > 78) expect(first).toMatch(/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d/);
    expect(first).toContain("2 demo weeks left out");
    // Page 2 starts the detail, with the score chart's axis.
    expect(second).toMatch(/Warning signs as of 2026-W40/);
    expect(second).toContain("Score (0–100)");
    const all = pages.join("\n");
    expect(all).not.toContain("DEMOWEEK");
    expect(all).not.toMatch(/\byour? week\b/i);
    if (weeks > 4) expect(all).toContain("这周会议太多了");
    expect(all).toContain("Планирование");

    execFileSync("pdftoppm", ["-r", "60", "-png", file, join(dir, "page")]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".png"))).toHaveLength(pages.length);
  }, 60_000);
});

it("an empty range renders one page with the message and no report", async () => {
  const view = buildReportView({ profile: PROFILE, checkins: [] }, { from: "2026-W30", to: TO, includeNotes: false, now: NOW });
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, "empty.pdf");
  writeFileSync(file, await renderReportPdf(view));
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain("nothing to report");
  expect(text).toContain("Page 1 of 1");
  expect(text).not.toContain("Warning signs as of");
  expect(text).not.toContain("Week by week");
});
