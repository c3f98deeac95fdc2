import type { Locator, Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, loadDemoHistory, openDisclosure, registerAccount, SCREENSHOT_DIR, seriousA11yViolations, signUp, test } from "./fixtures";
import { withRealWeeks } from "./real-weeks";
import { lastWeek } from "./weeks";

/** Every page a person can reach, in both colour schemes: no serious or critical WCAG 2.1 A/AA violation. */

// Each axe pass takes a second or more on a busy machine; a sweep runs a dozen pages twice.
test.describe.configure({ timeout: 180_000 });

/**
 * A page, what shows it is ready, a screenshot name for pages no other spec photographs, and what to
 * open before axe looks (content inside closed <details> is not checked otherwise).
 */
type Visit = [path: string, ready: (page: Page) => Locator, screenshot?: string, open?: (page: Page) => Promise<void>];

/** Opens every closed <details> on the page: the dashboard's number tables and its "Why?" panels. */
async function openAllDetails(page: Page): Promise<void> {
  for (const details of await page.locator("details").all()) await openDisclosure(details.locator("summary").first());
}

const heading = (name: string | RegExp) => (page: Page) => page.getByRole("heading", { level: 1, name });

async function sweep(page: Page, visits: Visit[]): Promise<void> {
  const failures: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    // Switch before loading: axe would otherwise catch colours mid-transition.
    await page.emulateMedia({ colorScheme });
    for (const [path, ready, name, open] of visits) {
      await page.goto(path);
      await expect(ready(page), `${path} is ready`).toBeVisible();
      await open?.(page);
      if (name) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}${colorScheme === "dark" ? "-dark" : ""}.png`), fullPage: true });
      }
      // Dark is the same markup as light, checked whole just before: only its colours are new.
      const found = await seriousA11yViolations(page, { colours: colorScheme === "dark" });
      for (const violation of found) failures.push(`${path} (${colorScheme}): ${violation}`);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  expect(failures).toEqual([]);
}

test("signed-out pages and onboarding", async ({ page }) => {
  await sweep(page, [
    ["/sign-in", heading("Sign in")],
    ["/sign-up", heading("Create an account")],
    ["/sign-in?notice=account-deleted", (p) => p.getByRole("status").filter({ hasText: "deleted" })],
    ["/no-such-page", heading("Page not found")],
  ]);
  await registerAccount(page);
  await sweep(page, [["/welcome", (p) => p.getByLabel("Display name"), "welcome"]]);
});

test("a new leader's check-in, history, dashboard and report, empty", async ({ page }) => {
  await signUp(page);
  await sweep(page, [
    [`/checkin/${lastWeek()}`, (p) => p.getByLabel("Hours in meetings")],
    ["/checkin/2999-W01", heading(/hasn’t happened yet/), "checkin-future-week"],
    ["/checkin/not-a-week", heading("That isn’t a week we know")],
    ["/history", (p) => p.getByRole("heading", { name: "Nothing logged yet" })],
    ["/dashboard", heading(/.+/)],
    ["/report", heading(/.+/)],
  ]);
});

test("a new leader's settings and a 404 inside the app", async ({ page }) => {
  await signUp(page);
  await sweep(page, [
    ["/settings", heading("Settings"), "settings"],
    ["/settings/profile", (p) => p.getByLabel("Display name"), "settings-profile"],
    ["/settings/calendar", (p) => p.getByLabel("Your calendar addresses")],
    ["/settings/data", (p) => p.getByRole("button", { name: "Load demo history" })],
    ["/settings/account", (p) => p.getByLabel("Current password"), "settings-account"],
    ["/settings/no-such-section", heading("Page not found")],
  ]);
});

test("a leader's pages with demo history", async ({ page }) => {
  await signUp(page);
  await loadDemoHistory(page);
  await sweep(page, [
    [`/checkin/${lastWeek()}`, (p) => p.getByText(/Editing a demo week/), "checkin-demo-week"],
    ["/history", (p) => p.getByText("Demo", { exact: true }).first()],
    ["/dashboard", (p) => p.locator("article[data-sign]").first(), undefined, openAllDetails],
    // Demo weeks never reach a report: the page says what it left out instead.
    ["/report", (p) => p.getByText(/demo weeks? left out/).first()],
    ["/settings/data", (p) => p.getByRole("button", { name: "Remove demo data" })],
  ]);
});

test("a leader's pages with months of real weeks, and the shared report", async ({ page, browser }) => {
  await signUp(page, { displayName: "Axe Sweep" });
  await withRealWeeks(page, "Axe Sweep");
  await page.goto("/report?preset=last-4");
  await page.getByRole("button", { name: "Create link" }).click();
  const shareUrl = await page.getByLabel("Share link", { exact: true }).inputValue();

  await sweep(page, [
    ["/history", (p) => p.getByRole("heading", { level: 1, name: "History" })],
    ["/dashboard", (p) => p.locator("article[data-sign]").first(), undefined, openAllDetails],
    ["/report", (p) => p.getByRole("button", { name: "Create link" })],
  ]);

  const guest = await browser.newContext();
  try {
    await sweep(await guest.newPage(), [[shareUrl, heading("Leadership report: Axe Sweep")]]);
  } finally {
    await guest.close();
  }
});
