import type { Page } from "@playwright/test";
import { expect, hasHorizontalOverflow, screenshot, signUp, test } from "./fixtures";

type Hours = { meetings: string; execution: string; mentoring: string; other: string };

const hoursField = {
  meetings: (page: Page) => page.getByLabel("Hours in meetings", { exact: true }),
  execution: (page: Page) => page.getByLabel("Hands-on hours", { exact: true }),
  mentoring: (page: Page) => page.getByLabel("Mentoring hours", { exact: true }),
  other: (page: Page) => page.getByLabel("Other hours", { exact: true }),
};

async function fillHours(page: Page, hours: Hours) {
  for (const activity of ["meetings", "execution", "mentoring", "other"] as const) {
    await hoursField[activity](page).fill(hours[activity]);
  }
}

async function saveWeek(page: Page) {
  await page.getByRole("button", { name: "Save week" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved Week \d+, \d{4}\./ })).toBeVisible();
}

test.describe("weekly check-in (draft)", () => {
  test("logs last week with the live total, then finds it in history", async ({ page }) => {
    await signUp(page);
    await fillHours(page, { meetings: "12", execution: "18", mentoring: "6", other: "4" });
    await expect(page.getByText(/^Total\s*40 h/)).toBeVisible();
    await screenshot(page, "checkin-filled");
    await saveWeek(page);

    await page.getByRole("link", { name: "History", exact: true }).click();
    await expect(page).toHaveURL(/\/history/);
    await expect(page.getByText(/^1 week logged/)).toBeVisible();
    await screenshot(page, "history");
  });

  test("saving the same week again updates it", async ({ page }) => {
    await signUp(page);
    await fillHours(page, { meetings: "10", execution: "10", mentoring: "5", other: "5" });
    await saveWeek(page);

    await page.reload();
    await expect(hoursField.meetings(page)).toHaveValue("10");
    await hoursField.meetings(page).fill("14.25");
    await saveWeek(page);
    await page.reload();
    await expect(hoursField.meetings(page)).toHaveValue("14.25");
  });

  test("bad hours show an error beside the field and save nothing", async ({ page }) => {
    await signUp(page);
    await fillHours(page, { meetings: "-1", execution: "101", mentoring: "6", other: "4" });
    await page.getByRole("button", { name: "Save week" }).click();
    await expect(hoursField.meetings(page)).toHaveAttribute("aria-invalid", "true");
    await expect(hoursField.meetings(page)).toHaveAccessibleDescription(/negative/i);
    await expect(hoursField.execution(page)).toHaveAccessibleDescription(/at most 100/i);
    await screenshot(page, "checkin-field-errors");

    await page.goto("/history");
    await expect(page.getByText("Nothing logged yet")).toBeVisible();
  });

  test("a week can be logged on a 390 px phone", { tag: "@phone" }, async ({ page }) => {
    await signUp(page);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await fillHours(page, { meetings: "20", execution: "10", mentoring: "5", other: "5" });
    await screenshot(page, "phone-checkin");
    await saveWeek(page);
  });
});
