import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { fillHours, historyEditLink, historyEntry, logWeek, saveWeek } from "./checkin-page";
import { expect, loadDemoHistory, screenshot, signUp, test } from "./fixtures";
import { addIsoWeeks, lastWeek } from "./weeks";

type ExportedCheckin = { week: string; hours: Record<string, number>; note?: string | null } & Record<string, unknown>;
type ExportedFile = {
  format: string;
  version: number;
  profile: { displayName: string } & Record<string, unknown>;
  settings: unknown;
  checkins: ExportedCheckin[];
};

const INVALID_FIXTURE = "tests/fixtures/export-v1-invalid.json";

async function downloadBackup(page: Page): Promise<{ fileName: string; file: ExportedFile }> {
  await page.goto("/settings/data");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download backup" }).click(),
  ]);
  const text = readFileSync(await download.path(), "utf8");
  return { fileName: download.suggestedFilename(), file: JSON.parse(text) as ExportedFile };
}

async function chooseBackupFile(page: Page, contents: string | Buffer, name = "backup.json"): Promise<void> {
  await page.getByLabel("Backup file (.json)").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents),
  });
  await page.getByRole("button", { name: "Check file" }).click();
}

test("export downloads the leader's own weeks as JSON and leaves the demo weeks out", async ({ page }) => {
  const { displayName } = await signUp(page);
  const week = addIsoWeeks(lastWeek(), -1);
  // The demo is offered only to an empty account; a demo week the leader saves becomes their own.
  const demoWeeks = await loadDemoHistory(page);
  expect(demoWeeks).toBeGreaterThan(10);
  await logWeek(page, week, { hours: { meetings: 12, execution: 18.25, mentoring: 6, other: 4 }, energy: { execution: 5 } });
  await page.goto("/settings/data");
  await expect(page.getByText("Downloads your profile and your 1 check-in as one JSON file.")).toBeVisible();
  await screenshot(page, "settings-data");

  const { fileName, file } = await downloadBackup(page);
  expect(fileName).toMatch(/\.json$/);
  expect(file.format).toBe("pendulum");
  expect(file.version).toBe(1);
  expect(file.profile.displayName).toBe(displayName);
  expect(file.checkins).toHaveLength(1);
  expect(file.checkins[0]).toMatchObject({
    week,
    hours: { meetings: 12, execution: 18.25, mentoring: 6, other: 4 },
    energy: expect.objectContaining({ execution: 5 }),
  });
  expect(file.checkins.map((c) => c.week)).not.toContain(lastWeek());
});

test("a restore from an edited backup replaces the profile and every week after a preview", async ({ page }) => {
  await signUp(page);
  const kept = addIsoWeeks(lastWeek(), -3);
  const dropped = addIsoWeeks(lastWeek(), -1);
  await logWeek(page, kept, { hours: { meetings: 10, execution: 10, mentoring: 10, other: 10 } });
  await logWeek(page, dropped, { hours: { meetings: 5, execution: 5, mentoring: 5, other: 5 } });
  const { file } = await downloadBackup(page);
  expect(file.checkins.map((c) => c.week)).toEqual([kept, dropped]);

  const added = addIsoWeeks(lastWeek(), -5);
  const restoredName = `Restored ${randomUUID().slice(0, 6)}`;
  const edited: ExportedFile = {
    ...file,
    profile: { ...file.profile, displayName: restoredName },
    checkins: [
      { ...file.checkins[0]!, hours: { meetings: 20, execution: 10, mentoring: 10, other: 10 } },
      { ...file.checkins[0]!, week: added, hours: { meetings: 3, execution: 3, mentoring: 3, other: 3 } },
    ],
  };
  await chooseBackupFile(page, JSON.stringify(edited));

  const preview = page.getByRole("region", { name: "Replace your data with this backup?" });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText(`The file holds the profile of “${restoredName}” and 2 check-ins`);
  await expect(preview).toContainText("This replaces your profile and 2 check-ins with the file's profile and 2 check-ins.");
  await preview.getByRole("button", { name: "Replace my data" }).click();
  await expect(page.getByRole("heading", { name: "Restored your profile and 2 check-ins." })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(restoredName);

  await page.goto("/history");
  await expect(page.getByText(/^2 weeks logged/)).toBeVisible();
  await expect(historyEntry(page, kept)).toContainText("50 h");
  await expect(historyEntry(page, added)).toContainText("12 h");
  await expect(historyEditLink(page, dropped)).toHaveCount(0);
});

test("an invalid backup is refused with every problem listed by its JSON path", async ({ page }) => {
  await signUp(page);
  const week = lastWeek();
  await logWeek(page, week, { hours: { meetings: 9, execution: 9, mentoring: 9, other: 9 } });
  await page.goto("/settings/data");
  await chooseBackupFile(page, readFileSync(INVALID_FIXTURE), "export-v1-invalid.json");

  const problems = page.getByRole("group", { name: "This file can't be restored; nothing was changed." });
  await expect(problems).toBeVisible();
  await expect(problems).toContainText("9 problems, by where they are in the file:");
  const expected: Array<[string, RegExp]> = [
    ["profile.previousRole", /choose engineer, product, design, IT or other/i],
    ["checkins[0].hours.meetings", /can't be negative/i],
    ["checkins[0].skillConfidence", /1 to 5/],
    ["checkins[1].week", /not a valid ISO week/i],
    ["checkins[1].hours.other", /quarter hours/i],
    ["checkins[1].mood", /unknown field "mood"/i],
    ["checkins[2].lowValueMeetingHours", /more than the meeting hours/i],
    ["checkins[2].week", /appears twice/i],
    ["checkins[3].week", /after the current week/i],
  ];
  const items = problems.getByRole("listitem");
  await expect(items).toHaveCount(expected.length);
  for (const [path, message] of expected) {
    const item = items.filter({ has: page.locator("code", { hasText: new RegExp(`^${path.replace(/[[\].]/g, "\\$&")}$`) }) });
    await expect(item, path).toHaveCount(1);
    await expect(item, path).toContainText(message);
  }
  await expect(page.getByRole("button", { name: "Replace my data" })).toHaveCount(0);

  await page.goto("/history");
  await expect(page.getByText(/^1 week logged/)).toBeVisible();
  await expect(historyEntry(page, week)).toContainText("36 h");
});

test("demo history loads with badges, and removing it keeps a demo week the leader edited", async ({ page }) => {
  await signUp(page);
  const added = await loadDemoHistory(page);
  await expect(page.getByText(`${added} weeks of demo data remain.`)).toBeVisible();

  // A quarter to a page: the demo's 16 weeks run onto the second page, every week badged.
  await page.goto("/history?page=2");
  const olderBadges = await page.getByRole("main").getByRole("list").last().getByText("Demo", { exact: true }).count();
  await page.getByRole("link", { name: "← Newer weeks" }).click();
  await expect(page).toHaveURL(/\/history$/);
  const history = page.getByRole("main").getByRole("list").last();
  await expect(history.getByText("Demo", { exact: true })).toHaveCount(added - olderBadges);
  expect(olderBadges).toBeGreaterThan(0);
  const summary = await page.getByText(/^\d+ weeks logged, \d+ missing\./).textContent();
  const [logged, missing] = (summary ?? "").match(/\d+/g)!.map(Number) as [number, number];
  expect(logged).toBe(added);
  // The demo covers about 16 weeks ending last week, with a few of them left unlogged.
  expect(logged + missing).toBeGreaterThanOrEqual(14);
  expect(logged + missing).toBeLessThanOrEqual(18);
  await expect(historyEntry(page, lastWeek())).toContainText("Demo");

  await historyEditLink(page, lastWeek()).click();
  await expect(page.getByText("Editing a demo week. Saving it makes it your own.")).toBeVisible();
  await fillHours(page, { meetings: 21, execution: 10, mentoring: 6, other: 4 });
  await saveWeek(page, lastWeek());

  await page.goto("/settings/data");
  await expect(page.getByText(`${added - 1} weeks of demo data remain.`)).toBeVisible();
  await page.getByRole("button", { name: "Remove demo data" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Removed ${added - 1} weeks of demo data.` })).toBeVisible();
  // The edited week is the leader's own now, so the demo is not offered again.
  await expect(page.getByText("You have logged 1 week of your own, so the demo is no longer offered")).toBeVisible();
  await expect(page.getByRole("button", { name: "Load demo history" })).toHaveCount(0);

  await page.goto("/history");
  await expect(page.getByText(/^1 week logged/)).toBeVisible();
  await expect(page.getByText("Demo", { exact: true })).toHaveCount(0);
  await expect(historyEntry(page, lastWeek())).toContainText("41 h");
});

test("the demo is offered only while the account has no weeks of its own", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings/data");
  await expect(page.getByRole("button", { name: "Load demo history" })).toBeVisible();
  await logWeek(page, lastWeek(), { hours: { meetings: 10, execution: 20, mentoring: 6, other: 4 } });
  await page.goto("/settings/data");
  await expect(page.getByText("You have logged 1 week of your own, so the demo is no longer offered")).toBeVisible();
  await expect(page.getByRole("button", { name: "Load demo history" })).toHaveCount(0);
});
