import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, hasHorizontalOverflow, screenshot, SCREENSHOT_DIR, seriousA11yViolations, signUp, test } from "./fixtures";

test.describe.configure({ timeout: 90_000 });

async function withDemoHistory(page: import("@playwright/test").Page) {
  await page.goto("/settings/data");
  await page.getByRole("button", { name: /load demo history/i }).click();
  await expect(page.getByText(/of demo (history|data)/i).first()).toBeVisible();
}

test("report: download each format, print view and the PDF as images", async ({ page }) => {
  const account = await signUp(page, { displayName: `Łukasz Ольга 李雷 ${Date.now() % 1000}` });
  await withDemoHistory(page);
  await page.goto("/report");
  await expect(page.getByRole("heading", { name: "Report for your manager" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Leadership report: ${account.displayName}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Warning signs as of/ })).toBeVisible();

  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };
  const pdf = await download("PDF");
  expect(pdf.name).toMatch(/^pendulum-report-Łukasz-Ольга-李雷-\d+-\d{4}-W\d{2}-\d{4}-W\d{2}\.pdf$/);
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

test("report: a share link works without an account until it is revoked", async ({ page, browser }) => {
  await signUp(page, { displayName: "Share Tester" });
  await withDemoHistory(page);
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

  await page.reload();
  await expect(page.getByRole("cell", { name: "active" })).toBeVisible();
  await page.getByRole("button", { name: /^Revoke the link/ }).first().click();
  await expect(page.getByRole("cell", { name: "revoked" })).toBeVisible();

  const after = await guestPage.goto(url);
  expect(after?.status()).toBe(404);
  await expect(guestPage.getByRole("heading", { name: "Link not found" })).toBeVisible();
  await guest.close();
});

test("report: fits a phone, works in dark mode and passes axe @phone", async ({ page }) => {
  await signUp(page, { displayName: "Phone Reader" });
  await withDemoHistory(page);
  await page.goto("/report");
  await expect(page.getByRole("heading", { name: "Leadership report: Phone Reader" })).toBeVisible();
  expect(await hasHorizontalOverflow(page)).toBe(false);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.getByRole("heading", { name: "Leadership report: Phone Reader" })).toBeVisible();
  expect(await seriousA11yViolations(page), "dark mode").toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
  await screenshot(page, "report-phone");
});
