import { expect, hasHorizontalOverflow, screenshot, seriousA11yViolations, test } from "./fixtures";

test("the forgot and reset pages on a phone @phone", async ({ page }) => {
  await page.goto("/forgot-password");
  await expect(page.getByRole("button", { name: "Send me a link" })).toBeVisible();
  expect(await hasHorizontalOverflow(page)).toBe(false);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, "forgot-password-phone");
  await page.goto("/reset-password?token=made-up");
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await screenshot(page, "reset-link-expired-phone");
});
