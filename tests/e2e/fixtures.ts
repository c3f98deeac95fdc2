import { test as base, expect, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export { expect };
export const test = base;

export const TEST_PASSWORD = "correct-horse-battery";
export const SCREENSHOT_DIR = join("test-results", "screenshots");

export type Account = { email: string; password: string; displayName: string };

export type Onboarding = {
  displayName?: string;
  previousRole?: "Engineer" | "Product" | "Design" | "IT" | "Other";
  leadingSince?: string;
};

/** An address no other spec, worker or retry uses. */
export function uniqueEmail(prefix = "lead"): string {
  return `${prefix}-${randomUUID().slice(0, 12)}@example.test`;
}

export async function fillCredentials(page: Page, { email, password }: { email: string; password: string }) {
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
}

export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto("/sign-in");
  await fillCredentials(page, account);
  await page.getByRole("button", { name: /^sign in$/i }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /sign out/i }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** Walks /welcome with its defaults (time zone from the browser, default targets) and lands on /checkin. */
export async function completeWelcome(page: Page, onboarding: Onboarding = {}): Promise<string> {
  const displayName = onboarding.displayName ?? `Sam ${randomUUID().slice(0, 4)}`;
  await expect(page).toHaveURL(/\/welcome/);
  await page.getByLabel("Display name").fill(displayName);
  await page
    .getByRole("radiogroup", { name: /before leading/i })
    .getByText(onboarding.previousRole ?? "Engineer", { exact: true })
    .click();
  await page.getByLabel("Leading since").fill(onboarding.leadingSince ?? "2026-03-02");
  await page.getByRole("button", { name: /^save/i }).click();
  await expect(page).toHaveURL(/\/checkin/);
  return displayName;
}

/** Creates a fresh account through the UI and stops on /welcome, before onboarding. */
export async function registerAccount(page: Page, options: { email?: string; password?: string } = {}) {
  const email = options.email ?? uniqueEmail();
  const password = options.password ?? TEST_PASSWORD;
  await page.goto("/sign-up");
  await fillCredentials(page, { email, password });
  await page.getByRole("button", { name: /sign up|create account/i }).click();
  await expect(page).toHaveURL(/\/welcome/);
  return { email, password };
}

/** Creates a fresh account through the UI, completes onboarding and lands on /checkin. */
export async function signUp(page: Page, options: { email?: string; password?: string } & Onboarding = {}): Promise<Account> {
  const credentials = await registerAccount(page, options);
  const displayName = await completeWelcome(page, options);
  return { ...credentials, displayName };
}

/** Loads the demo history from /settings/data and returns how many weeks it added. */
export async function loadDemoHistory(page: Page): Promise<number> {
  await page.goto("/settings/data");
  await page.getByRole("button", { name: "Load demo history" }).click();
  const status = page.getByRole("status").filter({ hasText: /^Loaded \d+ weeks? of demo history\.$/ });
  await expect(status).toBeVisible();
  return Number(/\d+/.exec((await status.textContent()) ?? "")?.[0]);
}

/**
 * Saves test-results/screenshots/<name>.png and <name>-dark.png (full page) for a person to look at,
 * and attaches both to the report.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const info = test.info();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const path = join(SCREENSHOT_DIR, `${name}${colorScheme === "dark" ? "-dark" : ""}.png`);
    await page.screenshot({ path, fullPage: true, animations: "disabled" });
    await info.attach(`${name}-${colorScheme}`, { path, contentType: "image/png" });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** The rules whose answer depends on the colour scheme; the page's structure is the same in both. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * WCAG 2.1 A/AA violations of impact serious or critical on the current page, as readable lines.
 * `colours: true` runs only the colour rules: for the second scheme of a page already checked whole
 * in the first (the markup is the same; only the tokens' colours change).
 */
export async function seriousA11yViolations(page: Page, { colours = false }: { colours?: boolean } = {}): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const results = await (colours ? axe.withRules(COLOUR_RULES) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Opens the <details> that `summary` belongs to, unless it is open already (a click would close it). */
export async function openDisclosure(summary: Locator): Promise<void> {
  if (!(await summary.evaluate((el) => (el.closest("details") as HTMLDetailsElement).open))) await summary.click();
}

/** True when the page scrolls sideways, i.e. something does not fit the viewport. */
export async function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
