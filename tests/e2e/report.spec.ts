import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, hasHorizontalOverflow, screenshot, SCREENSHOT_DIR, seriousA11yViolations, signUp, test } from "./fixtures";
import { restoreBackup, withRealWeeks } from "./real-weeks";
import { addIsoWeeks, lastWeek, pastWeeks } from "./weeks";

test.describe.configure({ timeout: 90_000 });

test("report: download each format, print view and the PDF as images", async ({ page }) => {
  const account = await signUp(page, { displayName: `Łukasz Ольга 李雷 ${Date.now() % 1000}` });
  await withRealWeeks(page, account.displayName);
  await page.goto("/report");
  await expect(page.getByRole("heading", { name: "Report for your manager" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Leadership report: ${account.displayName}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Warning signs as of/ })).toBeVisible();

  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };
  const pdf = await download("PDF");
  expect(pdf.name).toMatch(/^pendulum-report-łukasz-ольга-李雷-\d+-\d{4}-W\d{2}-\d{4}-W\d{2}\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.bytes.length).toBeLessThan(400_000);
  const csv = await download("CSV");
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.bytes.toString("utf8").slice(1).split("\r\n")[0]).toMatch(/^week,week_start,hours_meetings,/);
  const md = await download("Markdown");
  expect(md.bytes.toString("utf8")).toContain("| Sign | Level | Score (0–100) | Over the period |");

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  mkdirSync(test.info().outputDir, { recursive: true });
  const pdfPath = test.info().outputPath("report.pdf");
  writeFileSync(pdfPath, pdf.bytes);
  execFileSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "2", pdfPath, join(SCREENSHOT_DIR, "report-pdf")]);
  expect(execFileSync("pdftotext", [pdfPath, "-"], { encoding: "utf8" })).toContain(account.displayName);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Report for your manager" })).toBeHidden();
  await page.screenshot({ path: join(SCREENSHOT_DIR, "report-print.png"), fullPage: true });
  for (const format of ["A4", "Letter"] as const) {
    const printed = test.info().outputPath(`print-${format}.pdf`);
    await page.pdf({ path: printed, format, printBackground: true });
    execFileSync("pdftoppm", ["-r", "50", "-png", printed, join(SCREENSHOT_DIR, `report-print-${format}`)]);
  }
  await page.emulateMedia({ media: "screen" });
});

const NOTE_SCRIPTS = [
  "Planning went long again and the release slipped by a day, so we cut scope together. ",
  "Планирование снова затянулось, релиз сдвинулся на день, и мы вместе сократили объём. ",
  "我们团队这周完成了发布计划，但是会议太多了，我几乎没有时间写代码。",
];

/** Restores a backup of `weeks`, each with a 2,000-character note, through /settings/data. */
async function restoreWeeksWithLongNotes(page: import("@playwright/test").Page, displayName: string, weeks: string[]) {
  const checkins = weeks.map((week, i) => {
    const tail = ` [${week} end]`;
    const script = NOTE_SCRIPTS[i % NOTE_SCRIPTS.length]!;
    return {
      week,
      hours: { meetings: 14, execution: 16, mentoring: 6, other: 4 },
      note: `${script.repeat(40).slice(0, 2000 - tail.length)}${tail}`,
    };
  });
  await restoreBackup(page, displayName, checkins);
}

async function downloadPdf(page: import("@playwright/test").Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("link", { name: "PDF", exact: true }).click()]);
  mkdirSync(test.info().outputDir, { recursive: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = test.info().outputPath(name);
  writeFileSync(path, readFileSync(await file.path()));
  expect(readFileSync(path).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return path;
}

test("report: the PDF holds 26 weeks of long notes and the longest range (issue 8 finding 6)", async ({ page }) => {
  test.setTimeout(240_000);
  const name = `Notes Writer ${Date.now() % 1000}`;
  await signUp(page, { displayName: name });
  const weeks = pastWeeks(26);
  await restoreWeeksWithLongNotes(page, name, weeks);

  await page.goto(`/report?from=${weeks[0]}&to=${weeks.at(-1)}&notes=1`);
  await expect(page.getByRole("heading", { name: `Leadership report: ${name}` })).toBeVisible();
  const notesPdf = await downloadPdf(page, "notes.pdf");
  const text = execFileSync("pdftotext", [notesPdf, "-"], { encoding: "utf8" });
  for (const week of [weeks[0]!, weeks[1]!, weeks[2]!, weeks.at(-1)!]) expect(text).toContain(`[${week} end]`);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [notesPdf], { encoding: "utf8" }))![1]);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  execFileSync("pdftoppm", ["-r", "50", "-png", "-f", "3", "-l", "4", notesPdf, join(SCREENSHOT_DIR, "report-pdf-notes")]);

  const longest = { from: addIsoWeeks(lastWeek(), -521), to: lastWeek() };
  await page.goto(`/report?from=${longest.from}&to=${longest.to}`);
  await expect(page.getByRole("heading", { name: `Leadership report: ${name}` })).toBeVisible();
  const longPdf = await downloadPdf(page, "longest.pdf");
  expect(execFileSync("pdftotext", [longPdf, "-"], { encoding: "utf8" })).toContain(`522 weeks: 26 logged, 0 away, 496 not logged`);
});

test("report: a failed download shows its error and saves no file", async ({ page }) => {
  await signUp(page, { displayName: "Download Failure" });
  await withRealWeeks(page, "Download Failure");
  await page.goto("/report?preset=last-4");
  await page.route("**/api/report/pdf?**", (route) =>
    route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: "unsupported number: -7.85e+21", issues: [] }) }),
  );
  let downloads = 0;
  page.on("download", () => downloads++);
  const alert = page.getByRole("region", { name: "Download" }).getByRole("alert");
  await page.getByRole("link", { name: "PDF", exact: true }).click();
  await expect(alert).toContainText("PDF: The download failed");
  await expect(alert).not.toContainText("unsupported number");
  await page.unroute("**/api/report/pdf?**");
  await page.route("**/api/report/md?**", (route) =>
    route.fulfill({ status: 422, contentType: "application/json", body: JSON.stringify({ error: "A report covers at most 522 weeks (ten years)", issues: [] }) }),
  );
  await page.getByRole("link", { name: "Markdown", exact: true }).click();
  await expect(alert).toHaveText("Markdown: A report covers at most 522 weeks (ten years)");
  expect(downloads).toBe(0);

  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF", exact: true }).click()]);
  expect(file.suggestedFilename()).toMatch(/^pendulum-report-download-failure-\d{4}-W\d{2}-\d{4}-W\d{2}\.pdf$/);
  await expect(alert).toHaveText("");
});

test("report: a share link works without an account until it is revoked", async ({ page, browser }) => {
  await signUp(page, { displayName: "Share Tester" });
  await withRealWeeks(page, "Share Tester");
  await page.goto("/report?preset=last-4");
  await page.getByLabel("Expires after").selectOption("7");
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByLabel("Share link", { exact: true }).inputValue();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);

  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  const response = await guestPage.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["x-robots-tag"]).toContain("noindex");
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(guestPage.getByRole("heading", { name: "Leadership report: Share Tester" })).toBeVisible();
  await expect(guestPage.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await guestPage.screenshot({ path: join(SCREENSHOT_DIR, "report-share.png"), fullPage: true });

  await expect(page.getByLabel("Expires after")).toHaveValue("7");
  const links = page.getByRole("list", { name: "Your share links" });
  await expect(links.getByRole("listitem")).toHaveCount(1);
  await expect(links).toContainText("active");
  await page.getByRole("button", { name: /^Revoke the link/ }).first().click();
  await page.getByRole("button", { name: "Yes, revoke" }).click();
  // Revoked moments ago: still listed, with Undo, until the undo window closes (then under Past links).
  await expect(links.getByText("revoked", { exact: true })).toBeVisible();
  await expect(links.getByRole("button", { name: /^Undo revoking/ })).toBeVisible();

  const after = await guestPage.goto(url);
  expect(after?.status()).toBe(404);
  await expect(guestPage.getByRole("heading", { name: "Link not found" })).toBeVisible();
  await guest.close();
});

test("report: fits a phone, works in dark mode and passes axe @phone", async ({ page }) => {
  await signUp(page, { displayName: "Phone Reader" });
  await withRealWeeks(page, "Phone Reader");
  await page.goto("/report");
  await expect(page.getByRole("heading", { name: "Leadership report: Phone Reader" })).toBeVisible();
  expect(await hasHorizontalOverflow(page)).toBe(false);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.getByRole("heading", { name: "Leadership report: Phone Reader" })).toBeVisible();
  expect(await seriousA11yViolations(page, { colours: true }), "dark mode").toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
  await screenshot(page, "report-phone");
});
