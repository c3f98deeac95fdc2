import { expect, screenshot, seriousA11yViolations, signUp, test } from "./fixtures";

test("reminder e-mails are on by default and can be turned off and on again in settings", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings/calendar");
  const checkbox = page.getByRole("checkbox", { name: "E-mail me the reminder" });
  await expect(checkbox).toBeChecked();
  await expect(page.getByLabel("Day")).toHaveValue("monday");
  await expect(page.getByLabel("Time")).toHaveValue("09:00");
  await checkbox.uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Calendar and reminder settings saved." })).toBeVisible();
  await page.reload();
  await expect(checkbox).not.toBeChecked();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("checkbox", { name: "E-mail me the reminder" }).scrollIntoViewIfNeeded();
  await screenshot(page, "settings-email-reminder");
  await checkbox.check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Calendar and reminder settings saved." })).toBeVisible();
  await page.reload();
  await expect(checkbox).toBeChecked();
});

test("the unsubscribe page asks before it turns anything off, and says when a link is broken", async ({ page }) => {
  await page.goto("/api/mail/unsubscribe?token=someone.forged");
  await expect(page).toHaveURL(/\/unsubscribe\?token=someone\.forged$/);
  await expect(page.getByRole("heading", { name: "Stop reminder e-mails?" })).toBeVisible();
  await expect(page.getByText("This link is not one Pendulum sent")).toBeVisible();
  await expect(page.getByRole("button", { name: "Stop reminder e-mails" })).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
});
