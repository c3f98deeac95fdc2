import { expect, seriousA11yViolations, signOut, signUp, test, uniqueEmail } from "./fixtures";
import { linkIn, startSmtpServer, type TestSmtpServer } from "../helpers/smtp-server";
import { e2eSmtpPort } from "./mail-server";

const NEW_PASSWORD = "a-fresh-password-2026";

// One worker for this file: it owns the SMTP port the app sends to.
test.describe.configure({ mode: "serial" });

let smtp: TestSmtpServer;
test.beforeAll(async () => {
  smtp = await startSmtpServer({ ports: [e2eSmtpPort()] });
});
test.afterAll(async () => {
  await smtp?.close();
});

test("forgot password: the link in the mail sets a new password once, then sign in with it", async ({ page }) => {
  test.slow(); // sign-up, onboarding, a mail and three sign-ins
  const account = await signUp(page, { email: uniqueEmail("reset") });
  await signOut(page);

  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill(account.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${account.email}, a link to choose a new password is on its way`);
  expect(await seriousA11yViolations(page)).toEqual([]);

  const mail = (await smtp.waitFor(1)).find((m) => m.envelopeTo.includes(account.email))!;
  expect(mail.parsed.subject).toBe("Reset your Pendulum password");
  const link = linkIn(mail, `${new URL(page.url()).origin}/reset-password?token=`);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill("not-the-same-password");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("The two new passwords don't match")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save the new password" }).click();

  await expect(page).toHaveURL(/\/sign-in\?notice=password-reset/);
  await expect(page.getByRole("status")).toContainText("Your password was changed");
  await page.getByLabel("Email", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page).toHaveURL(/\/checkin/);

  // The link worked once.
  await signOut(page);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});

test("an address without an account gets the same answer and no mail", async ({ page }) => {
  await page.goto("/forgot-password");
  const before = smtp.received.length;
  const nobody = uniqueEmail("nobody");
  await page.getByLabel("Email", { exact: true }).fill(nobody);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${nobody}, a link to choose a new password is on its way`);
  await page.waitForTimeout(500);
  expect(smtp.received.slice(before).filter((m) => m.envelopeTo.includes(nobody))).toEqual([]);
  await page.getByLabel("Email", { exact: true }).fill("not an address");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText("Enter a valid email address such as sam@example.com")).toBeVisible();
});
