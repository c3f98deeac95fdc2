import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReport } from "@/app/_server/report";
import { renderReportPdf } from "@/components/pdf/report-document";
import { toReportPageView } from "@/lib/report/page-view";
import { ReportView } from "@/components/report/report-view";
import { saveCheckin } from "@/db/queries/checkins";
import { saveProfile } from "@/db/queries/profiles";
import { addIsoWeeks } from "@/lib/iso-week";
import { SIGNALS_CONFIG, toHtmlBody, toMarkdown, type ReportView as View, type SignalsConfig } from "@/lib/report";
import { profileSchema } from "@/lib/validation/profile";
import { addUsers, createTempDb, type TempDb } from "../../helpers/temp-db";
import { formerEngineer } from "../signals/personas";

// Every renderer takes the cut-offs, level words and sign titles from the view model, so a
// different signals config must show in the page, the share page's HTML, the Markdown and the PDF.
const NOW = new Date("2026-11-26T09:00:00Z");
const data = formerEngineer(20);
const to = data.checkins.at(-1)!.week;
const range = { from: addIsoWeeks(to, -7), to };
let t: TempDb;
let dir: string;
let before: View;
let after: View;
let config: SignalsConfig;
let raised: View["signs"]["items"][number];

async function pdfText(view: View, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderReportPdf(view));
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

beforeAll(async () => {
  t = await createTempDb();
  dir = mkdtempSync(join(tmpdir(), "pendulum-config-"));
  await addUsers(t.db, "lead");
  await saveProfile(t.db, "lead", profileSchema.parse(data.profile));
  for (const c of data.checkins) await saveCheckin(t.db, "lead", c);
  before = (await loadReport(t.db, "lead", { range, includeNotes: false, now: NOW }))!;
  raised = before.signs.items.find((s) => s.level !== "ok")!;
  const score = Number(/(\d+) of 100/.exec(raised.scoreText)![1]);
  config = { ...SIGNALS_CONFIG, levels: { watchFrom: score + 1, alertFrom: Math.max(score + 2, SIGNALS_CONFIG.levels.alertFrom) } };
  after = (await loadReport(t.db, "lead", { range, includeNotes: false, now: NOW, config }))!;
}, 60_000);

afterAll(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe("a different watch cut-off", () => {
  const { watchFrom, alertFrom } = SIGNALS_CONFIG.levels;

  it("changes the page's data: the sign's level, the bands and their words", () => {
    expect(after.signs.items.find((s) => s.id === raised.id)!.levelLabel).toBe("OK");
    const watch = (v: View) => v.signs.chart.bands.find((b) => b.level === "watch")!;
    expect(watch(before).y + watch(before).height).toBeCloseTo(1 - watchFrom / 100);
    expect(watch(after).y + watch(after).height).toBeCloseTo(1 - config.levels.watchFrom / 100);
    expect(after.signs.chart.caption).toBe(`Score 0–100 per logged week. Bands: OK below ${config.levels.watchFrom}, Watch from ${config.levels.watchFrom}, Alert from ${config.levels.alertFrom}.`);
  });

  it("changes the report page as rendered", () => {
    const page = (v: View) => renderToStaticMarkup(createElement(ReportView, { view: v }));
    expect(page(before)).toContain(`Watch from ${watchFrom}`);
    expect(page(after)).toContain(`Watch from ${config.levels.watchFrom}`);
    expect(page(after)).not.toContain(`Watch from ${watchFrom},`);
    // The score chart is drawn in the browser from the page view: its OK band moves there.
    const okBandTop = (v: View) => (1 - v.signs.chart.bands[0]!.height) * 140;
    expect(toReportPageView(after).signs.chart.bands[0]!.y * 140).toBeCloseTo(okBandTop(after), 1);
    expect(toReportPageView(after).signs.chart.bands[0]!.y).not.toBeCloseTo(toReportPageView(before).signs.chart.bands[0]!.y, 2);
  });

  it("changes the share page's HTML", () => {
    expect(toHtmlBody(before)).toContain(`Watch from ${watchFrom},`);
    expect(toHtmlBody(after)).toContain(`Watch from ${config.levels.watchFrom},`);
    expect(toHtmlBody(after)).toContain(`<rect y="${((1 - config.levels.watchFrom / 100) * 140).toFixed(2)}" width="600"`);
    expect(toHtmlBody(before)).toMatch(new RegExp(`class="pill ${raised.level}">${raised.levelLabel}</span> <strong>${raised.title}`));
    expect(toHtmlBody(after)).toMatch(new RegExp(`class="pill ok">OK</span> <strong>${raised.title}`));
  });

  it("changes the Markdown", () => {
    expect(toMarkdown(before)).toContain(`Watch starts at a score of ${watchFrom}, alert at ${alertFrom}.`);
    expect(toMarkdown(after)).toContain(`Watch starts at a score of ${config.levels.watchFrom}, alert at ${config.levels.alertFrom}.`);
    expect(toMarkdown(after)).toMatch(new RegExp(`\\| ${raised.title} \\| OK \\|`));
  });

  it("changes the PDF's text", async () => {
    const [was, is] = await Promise.all([pdfText(before, "before"), pdfText(after, "after")]);
    expect(was).toContain(`Watch from ${watchFrom},`);
    expect(is).toContain(`Watch from ${config.levels.watchFrom},`);
    expect(was).toMatch(new RegExp(`${raised.levelLabel.toUpperCase()}\\s+${raised.title}`));
    expect(is).toMatch(new RegExp(`OK\\s+${raised.title}`));
  }, 60_000);
});
