import type { Page } from "@playwright/test";
import {
  expect,
  fillCredentials,
  hasHorizontalOverflow,
  screenshot,
  signIn,
  signOut,
  signUp,
  test,
  uniqueEmail,
} from "./fixtures";

test("a new leader signs up, signs out and signs back in", async ({ page }) => {
  const account = await signUp(page);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  await signOut(page);
  await screenshot(page, "sign-in");

  await signIn(page, account);
  await expect(page).toHaveURL(/\/checkin/);
  await expect(page.getByText(account.displayName)).toBeVisible();
});

test("a wrong password shows an error and does not sign in", async ({ page }) => {
  const account = await signUp(page);
  await signOut(page);

  await signIn(page, { email: account.email, password: `${account.password}-wrong` });
  await expect(page.getByText(/wrong email or password|invalid email or password/i)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await screenshot(page, "sign-in-wrong-password");
});

test("an unknown e-mail is refused like a wrong password", async ({ page }) => {
  await signIn(page, { email: uniqueEmail("nobody"), password: "whatever-password-1" });
  await expect(page.getByText(/wrong email or password|invalid email or password/i)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a stranger failing on purpose locks the e-mail, but not the leader's own browser", async ({ page, browser, request, baseURL }) => {
  const account = await signUp(page);
  await signOut(page);
  for (let i = 0; i < 5; i++) {
    await request.post("/api/auth/sign-in/email", { data: { email: account.email, password: `stranger guess ${i}` }, headers: { origin: baseURL! } });
  }

  const elsewhere = await browser.newContext();
  const newDevice = await elsewhere.newPage();
  await signIn(newDevice, account);
  await expect(newDevice.getByText(/too many failed sign-ins\. try again in 1 minute\./i)).toBeVisible();
  await expect(newDevice).toHaveURL(/\/sign-in/);
  await screenshot(newDevice, "sign-in-locked");
  await elsewhere.close();

  await signIn(page, account);
  await expect(page).toHaveURL(/\/checkin/);
});

test("the check-in page sends a signed-out visitor to sign in", async ({ page }) => {
  await page.goto("/checkin");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

/** Signs in on the sign-in page already open (keeping its next=). */
async function signInHere(page: Page, account: { email: string; password: string }): Promise<void> {
  await fillCredentials(page, account);
  await page.getByRole("button", { name: /^sign in$/i }).click();
}

test("a signed-out leader following a reminder's link comes back to that week after signing in", async ({ page }) => {
  const account = await signUp(page);
  await signOut(page);
  await page.goto("/checkin?week=2026-W47");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcheckin%3Fweek%3D2026-W47$/);
  await signInHere(page, account);
  await expect(page).toHaveURL(/\/checkin\/2026-W47$/);
  await expect(page.getByRole("heading", { name: "Week 47, 2026", level: 1 })).toBeVisible();
});

test("sign-in ignores a next= that leaves the app, encoded or not", async ({ page }) => {
  // Five sign-ins and sign-outs in a row.
  test.slow();
  const account = await signUp(page);
  await signOut(page);
  for (const next of ["//evil.example/checkin", "https://evil.example", "/\\evil.example", "/%2F%2Fevil.example", "/%5Cevil.example"]) {
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await signInHere(page, account);
    await expect(page, next).toHaveURL(/^http:\/\/localhost:\d+\/checkin/);
    await signOut(page);
  }
});

test("the sign-up form shows a field error for a too short password", async ({ page }) => {
  await page.goto("/sign-up");
  await fillCredentials(page, { email: uniqueEmail(), password: "short" });
  await page.getByRole("button", { name: /sign up|create account/i }).click();
  const password = page.getByLabel("Password", { exact: true });
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/use at least \d+ characters/i);
  await expect(page).toHaveURL(/\/sign-up/);
  await screenshot(page, "sign-up-short-password");
});

test("sign-in and sign-up fit a 390 px phone", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/sign-up");
  expect(await hasHorizontalOverflow(page)).toBe(false);
  await screenshot(page, "phone-sign-up");
  await page.goto("/sign-in");
  expect(await hasHorizontalOverflow(page)).toBe(false);
  await screenshot(page, "phone-sign-in");
});

test("a leader signs up and onboards on a phone", { tag: "@phone" }, async ({ page }) => {
  await signUp(page);
  expect(await hasHorizontalOverflow(page)).toBe(false);
  await screenshot(page, "phone-checkin-after-sign-up");
});
