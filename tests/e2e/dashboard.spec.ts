import type { Locator, Page } from "@playwright/test";
import { fillHours, logWeek, saveWeek, type Energy, type Hours } from "./checkin-page";
import {
  completeWelcome,
  expect,
  hasHorizontalOverflow,
  loadDemoHistory,
  registerAccount,
  screenshot,
  seriousA11yViolations,
  signUp,
  test,
} from "./fixtures";
import { lastWeek, pastWeeks } from "./weeks";

const SIGNS = [
  ["missed-executing", "Missing hands-on work"],
  ["skills-slipping", "Skills slipping"],
  ["meetings-politics", "Meetings and politics"],
  ["not-set-up", "Not set up for success"],
  ["doesnt-like-it", "Not enjoying the role"],
] as const;

const CHARTS = ["Time split per week", "Energy per activity", "Ratings", "Sign scores over time"] as const;

function signCard(page: Page, id: string): Locator {
  return page.locator(`article[data-sign="${id}"]`);
}

function chart(page: Page, title: (typeof CHARTS)[number]): Locator {
  return page.getByRole("region", { name: title, exact: true });
}

/** The chart's own drawing surface (Recharts also draws each legend icon as an svg.recharts-surface). */
function chartSurface(page: Page, title: (typeof CHARTS)[number]): Locator {
  return chart(page, title).locator(".recharts-wrapper > svg.recharts-surface");
}

/** Opens the chart's "Show the numbers as a table" and returns the body rows of its table. */
async function tableRows(page: Page, title: (typeof CHARTS)[number]): Promise<Locator> {
  const section = chart(page, title);
  const details = section.locator("details");
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await section.getByText("Show the numbers as a table").click();
  }
  const table = section.getByRole("table");
  await expect(table).toBeVisible();
  return table.locator("tbody tr");
}

async function showRange(page: Page, label: string): Promise<void> {
  const link = page.getByRole("navigation", { name: "Range" }).getByRole("link", { name: label, exact: true });
  await link.click();
  await expect(link).toHaveAttribute("aria-current", "page");
}

test("a fresh account sees a helpful empty state instead of charts", async ({ page }) => {
  await signUp(page);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "No weeks logged yet" })).toBeVisible();
  await expect(page.getByText(/appear once you have logged at least two weeks/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Log a week" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Explore with demo history" })).toBeVisible();
  await expect(page.locator("article[data-sign]")).toHaveCount(0);
  await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("the demo history shows five sign cards, four charts with tables, and a working range control", async ({ page }) => {
  await signUp(page);
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Explore with demo history" }).click();
  await expect(page.locator("article[data-sign]")).toHaveCount(SIGNS.length);

  for (const [id, title] of SIGNS) {
    const card = signCard(page, id);
    await expect(card.getByRole("heading", { name: title })).toBeVisible();
    await expect(card).toHaveAttribute("data-level", /^(ok|watch|alert)$/);
    await expect(card).toContainText(/Score\s*\d+\s*\/ 100/);
  }
  // The demo tells the story of hands-on work draining away.
  await expect(signCard(page, "missed-executing")).toHaveAttribute("data-level", /^(watch|alert)$/);
  await expect(signCard(page, "missed-executing").getByRole("listitem").first()).toContainText(/hands-on/i);

  for (const title of CHARTS) {
    const section = chart(page, title);
    await expect(section).toBeVisible();
    await expect(chartSurface(page, title)).toBeVisible();
    await expect(chartSurface(page, title).locator("path.recharts-curve, .recharts-bar-rectangle").first()).toBeAttached();
    await expect(await tableRows(page, title)).toHaveCount(12);
  }
  await expect(page.getByRole("navigation", { name: "Range" }).getByRole("link", { name: "12 weeks" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  const expectedRows = { "6 months": 26, "1 year": 52, All: 16, "12 weeks": 12 } as const;
  for (const [label, count] of Object.entries(expectedRows)) {
    await showRange(page, label);
    await expect(await tableRows(page, "Time split per week"), label).toHaveCount(count);
    await expect(await tableRows(page, "Ratings"), label).toHaveCount(count);
  }

  // "All" starts at the first demo week: its two unlogged weeks and one away week are rows, never zeros.
  await showRange(page, "All");
  const rows = await tableRows(page, "Time split per week");
  const notLogged = rows.filter({ hasText: "not logged" });
  await expect(notLogged).toHaveCount(2);
  for (const row of await notLogged.all()) {
    await expect(row.getByRole("cell")).toHaveText(Array(6).fill("not logged"));
  }
  await expect(rows.filter({ hasText: "away" })).toHaveCount(1);
  await expect(await tableRows(page, "Energy per activity")).toHaveCount(16);
  await expect((await tableRows(page, "Energy per activity")).filter({ hasText: "not logged" })).toHaveCount(2);
  await expect(page.getByText(/13 logged, 1 away, 2 not logged in this range/)).toBeVisible();

  await showRange(page, "12 weeks");
  await screenshot(page, "dashboard");
});

const BALANCED: { hours: Hours; energy: Energy } = {
  hours: { meetings: 12, execution: 16, mentoring: 8, other: 4 },
  energy: { meetings: 3, execution: 5 },
};
const HANDS_ON_COLLAPSED: { hours: Hours; energy: Energy } = {
  hours: { meetings: 30, execution: 2, mentoring: 6, other: 2 },
  energy: { meetings: 2, execution: 5 },
};

test("logging weeks whose hands-on work collapses raises the “Missing hands-on work” card", async ({ page }) => {
  test.slow();
  await signUp(page);
  // Four balanced weeks set the baseline (lib/signals scores the sign 0); three collapsed ones take it to about 71.
  const weeks = pastWeeks(7);
  for (const week of weeks.slice(0, 4)) await logWeek(page, week, BALANCED);

  await page.goto("/dashboard");
  const card = signCard(page, "missed-executing");
  await expect(card).toHaveAttribute("data-level", "ok");
  await expect(card).toContainText("Nothing worrying in your recent weeks.");

  for (const week of weeks.slice(4)) await logWeek(page, week, HANDS_ON_COLLAPSED);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(card).toHaveAttribute("data-level", /^(watch|alert)$/);
  await expect(card.getByRole("listitem").filter({ hasText: /^Hands-on work fell from \d+ % .* to \d+ %/ })).toBeVisible();
  await expect(card).not.toContainText("Nothing worrying");
  const score = Number(/Score\s*(\d+)/.exec((await card.textContent()) ?? "")?.[1]);
  expect(score).toBeGreaterThanOrEqual(40);
  await expect(page.getByText(/Raised: .*Missing hands-on work/)).toBeVisible();
});

test("the dashboard shows a newly saved check-in at once", async ({ page }) => {
  await signUp(page);
  const [older, newest] = pastWeeks(2) as [string, string];
  await logWeek(page, older, BALANCED);
  await logWeek(page, newest, BALANCED);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  const row = (await tableRows(page, "Time split per week")).filter({ has: page.getByRole("rowheader", { name: newest }) });
  await expect(row.getByRole("cell")).toHaveText(["40", "30 %", "40 %", "20 %", "10 %", "–"]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Check-in" }).click();
  await expect(page).toHaveURL(new RegExp(`/checkin/${newest}$`));
  await fillHours(page, { meetings: 25, execution: 5, mentoring: 15, other: 5 });
  await page.getByLabel("Of the meeting hours, how many felt low-value?").fill("5");
  await saveWeek(page, newest);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  const updated = (await tableRows(page, "Time split per week")).filter({ has: page.getByRole("rowheader", { name: newest }) });
  await expect(updated.getByRole("cell")).toHaveText(["50", "50 %", "10 %", "30 %", "10 %", "20 %"]);
});

async function expectNoSeriousViolations(
  page: Page,
  path: string,
  ready: (page: Page) => Locator,
  { openTables = false } = {},
): Promise<void> {
  for (const colorScheme of ["light", "dark"] as const) {
    // Switch before loading: axe would otherwise catch colours mid-transition.
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    await expect(ready(page)).toBeVisible();
    if (openTables) {
      for (const summary of await page.getByText("Show the numbers as a table").all()) await summary.click();
    }
    expect(await seriousA11yViolations(page), `${path} in ${colorScheme} mode`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("onboarding, check-in and profile pages have no serious accessibility violations, light or dark", async ({ page }) => {
  await registerAccount(page);
  await expectNoSeriousViolations(page, "/welcome", (p) => p.getByLabel("Display name"));
  await page.goto("/welcome");
  await completeWelcome(page);
  await expectNoSeriousViolations(page, `/checkin/${lastWeek()}`, (p) => p.getByLabel("Hours in meetings"));
  await expectNoSeriousViolations(page, "/settings/profile", (p) => p.getByLabel("Display name"));
});

test("dashboard, history and data pages with demo data have no serious accessibility violations, light or dark", async ({
  page,
}) => {
  await signUp(page);
  await loadDemoHistory(page);
  await expectNoSeriousViolations(page, "/dashboard", (p) => p.locator("article[data-sign]").first());
  await expectNoSeriousViolations(page, "/history", (p) => p.getByRole("heading", { name: "History" }));
  await expectNoSeriousViolations(page, "/settings/data", (p) => p.getByRole("button", { name: "Remove demo data" }));
});

test("the dashboard's number tables, once opened, have no serious accessibility violations", async ({ page }) => {
  await signUp(page);
  await loadDemoHistory(page);
  await expectNoSeriousViolations(page, "/dashboard", (p) => p.locator("article[data-sign]").first(), { openTables: true });
});

test("the dashboard with demo data fits a 390 px phone", { tag: "@phone" }, async ({ page }) => {
  await signUp(page);
  await loadDemoHistory(page);
  await page.goto("/dashboard");
  await expect(page.locator("article[data-sign]")).toHaveCount(SIGNS.length);
  for (const [id] of SIGNS) await expect(signCard(page, id)).toBeVisible();
  for (const title of CHARTS) {
    const surface = chartSurface(page, title);
    await surface.scrollIntoViewIfNeeded();
    await expect(surface).toBeVisible();
    const box = await surface.boundingBox();
    expect(box?.width, title).toBeGreaterThan(250);
    expect((box?.x ?? 0) + (box?.width ?? 0), title).toBeLessThanOrEqual(390);
  }
  expect(await hasHorizontalOverflow(page)).toBe(false);
  await tableRows(page, "Time split per week");
  expect(await hasHorizontalOverflow(page)).toBe(false);
  await page.goto("/dashboard");
  await screenshot(page, "phone-dashboard");

  await page.goto("/history");
  await expect(page.getByText("Demo", { exact: true }).first()).toBeVisible();
  expect(await hasHorizontalOverflow(page)).toBe(false);
  await screenshot(page, "phone-history");
});
