// DRAFT written from the issue text before the check-in UI existed: every test is fixme until the
// labels below are checked against app/(app)/checkin. Remove `.fixme` once they match.
import { expect, hasHorizontalOverflow, screenshot, signUp, test } from "./fixtures";
import type { Page } from "@playwright/test";

async function fillHours(page: Page, hours: { meetings: string; execution: string; mentoring: string; other: string }) {
  await page.getByLabel("Meetings", { exact: true }).fill(hours.meetings);
  await page.getByLabel("Hands-on execution", { exact: true }).fill(hours.execution);
  await page.getByLabel("Mentoring", { exact: true }).fill(hours.mentoring);
  await page.getByLabel("Other", { exact: true }).fill(hours.other);
}

test.describe.fixme("weekly check-in (draft)", () => {
  test("logs last week, shows the live total, and lists it in history", async ({ page }) => {
    await signUp(page);
    await fillHours(page, { meetings: "12", execution: "18", mentoring: "6", other: "4" });
    await expect(page.getByText(/40(\.0)? ?h/)).toBeVisible();
    await screenshot(page, "checkin-filled");
    await page.getByRole("button", { name: /^save/i }).click();
    await expect(page.getByText(/saved/i)).toBeVisible();

    await page.getByRole("link", { name: "History" }).click();
    await expect(page).toHaveURL(/\/history/);
    await expect(page.getByText(/W\d{2}/).first()).toBeVisible();
    await screenshot(page, "history");
  });

  test("saving the same week again updates it", async ({ page }) => {
    await signUp(page);
    await fillHours(page, { meetings: "10", execution: "10", mentoring: "5", other: "5" });
    await page.getByRole("button", { name: /^save/i }).click();
    await expect(page.getByText(/saved/i)).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Meetings", { exact: true })).toHaveValue("10");
    await page.getByLabel("Meetings", { exact: true }).fill("14.25");
    await page.getByRole("button", { name: /^save/i }).click();
    await expect(page.getByText(/saved/i)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Meetings", { exact: true })).toHaveValue("14.25");
  });

  test("bad hours show an error beside the field and save nothing", async ({ page }) => {
    await signUp(page);
    await fillHours(page, { meetings: "-1", execution: "101", mentoring: "6", other: "4" });
    await page.getByRole("button", { name: /^save/i }).click();
    await expect(page.getByLabel("Meetings", { exact: true })).toHaveAccessibleDescription(/negative/i);
    await expect(page.getByLabel("Hands-on execution", { exact: true })).toHaveAccessibleDescription(/at most 100/i);
    await screenshot(page, "checkin-field-errors");
  });

  test("a week can be logged on a 390 px phone", { tag: "@phone" }, async ({ page }) => {
    await signUp(page);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await fillHours(page, { meetings: "20", execution: "10", mentoring: "5", other: "5" });
    await page.getByRole("button", { name: /^save/i }).click();
    await expect(page.getByText(/saved/i)).toBeVisible();
    await screenshot(page, "phone-checkin");
  });
});
