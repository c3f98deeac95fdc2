import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect } from "./fixtures";

// What the reflect specs do as a person would: back up and restore on /settings/data, answer an experiment at a check-in.

export type BackupFile = Record<string, unknown> & { experiments?: Array<Record<string, unknown>> };

export async function downloadBackup(page: Page): Promise<BackupFile> {
  await page.goto("/settings/data");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download backup" }).click()]);
  return JSON.parse(readFileSync(await download.path(), "utf8"));
}

export async function restoreBackup(page: Page, file: unknown, { previewSays }: { previewSays?: string } = {}): Promise<void> {
  await page.goto("/settings/data");
  await page.getByLabel("Backup file (.json)").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole("button", { name: "Check file" }).click();
  const preview = page.getByRole("region", { name: "Replace your data with this backup?" });
  if (previewSays) await expect(preview).toContainText(previewSays);
  await preview.getByRole("button", { name: "Replace my data" }).click();
  await expect(page.getByRole("heading", { name: /^Restored/ })).toBeVisible();
}

/** Answers "Did you do it this week?" for `title` on the check-in of `week`. */
export async function answerExperiment(page: Page, week: string, title: string, answer: "Yes" | "Partly" | "No"): Promise<void> {
  await page.goto(`/checkin/${week}`);
  const question = page.locator("[data-experiment-question]").filter({ hasText: title });
  await question.getByLabel(answer).check();
  await question.getByRole("button", { name: /Save answer|Change answer/ }).click();
  await expect(page.locator("[data-experiment-question]").filter({ hasText: title })).toContainText(`Saved: ${answer}`);
}

