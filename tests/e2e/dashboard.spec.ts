import type { Locator, Page } from "@playwright/test";
import { fillHours, logWeek, saveWeek, type Energy, type Hours } from "./checkin-page";
import { expect, hasHorizontalOverflow, loadDemoHistory, openDisclosure, screenshot, signUp, test } from "./fixtures";
import { pastWeeks } from "./weeks";

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
  await openDisclosure(section.getByText("Show the numbers as a table"));
  const table = section.getByRole("table");
  await expect(table).toBeVisible();
  return table.locator("tbody tr");
}

async function showRange(page: Page, label: string): Promise<void> {
  const link = page.getByRole("navigation", { name: "Range" }).getByRole("link", { name: label, exact: true });
  await link.click();
  await expect(link).toHaveAttribute("aria-current", "page");
}

test("a fresh account sees a headline that says what to log, and no charts", async ({ page }) => {
  await signUp(page);
  await page.goto("/dashboard");
  await expect(page.getByTestId("headline")).toHaveText("Not enough data yet: log your first 3 weeks to see the first signs.");
  await expect(page.getByRole("heading", { name: "No weeks logged yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Log a week" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Explore with demo history" })).toBeVisible();
  await expect(page.getByTestId("not-enough-signs")).toContainText("Not enough data yet: log 3 more weeks for not set up for success; log 4 more weeks for");
  await expect(page.locator("article[data-sign]")).toHaveCount(0);
  await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(0);
});

const LEVEL_RANK = { alert: 2, watch: 1, ok: 0 } as const;

test("the demo history leads with a one-sentence headline, raised cards by severity, the rest in one line, and four charts", async ({ page }) => {
  await signUp(page);
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Explore with demo history" }).click();
  await expect(page.getByTestId("headline")).toHaveText(
    /^Missing hands-on work (is|has been) at alert[^:]*: hands-on time fell from \d+ % to \d+ % of your week, and it is what energizes you most(; \d more signs? (is|are) raised)?\.$/,
  );

  const cards = page.locator("article[data-sign]");
  await expect(cards.first()).toHaveAttribute("data-sign", "missed-executing");
  await expect(cards.first()).toHaveAttribute("data-level", "alert");
  const levels = await cards.evaluateAll((els) => els.map((el) => el.getAttribute("data-level") as "ok" | "watch" | "alert"));
  const scores = await cards.evaluateAll((els) => els.map((el) => Number(/Score\s*(\d+)/.exec(el.textContent ?? "")?.[1])));
  expect(levels.every((l) => l !== "ok")).toBe(true);
  const ranks = levels.map((l, i) => LEVEL_RANK[l] * 1000 + scores[i]!);
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));

  const first = cards.first();
  await expect(first.getByTestId("sign-reason")).toHaveText(/^Hands-on time fell from \d+ % to \d+ % of your week/);
  await expect(first.locator("[data-trend]")).toHaveText(/Rising|Steady|Easing/);
  await expect(first).toContainText(/\d+ weeks? at alert/);
  await expect(first.getByText(/^Hands-on work fell from \d+ % of your week in your first/)).toBeHidden();
  await expect(first.getByRole("heading", { name: "Next steps for the coming week" })).toBeVisible();
  await expect(first.locator("[data-step]").first()).toBeVisible();
  await expect(first.locator("[data-step]").first()).toContainText("Block two half-days for hands-on work");

  const okLine = page.getByTestId("ok-signs");
  await expect(okLine).toContainText(/^▸?\s*\d OK: /);
  await expect(okLine.locator("[data-sign]").first()).toBeHidden();
  expect((await cards.count()) + (await okLine.locator("li[data-sign]").count())).toBe(SIGNS.length);

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

  // "All" starts at the first demo week: its two unlogged weeks and one away week are rows, never zeros,
  // and every chart marks them, each kind its own way.
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
  for (const title of CHARTS) {
    await expect(chartSurface(page, title).locator(".chart-status-away .recharts-rectangle"), title).toHaveCount(1);
    await expect(chartSurface(page, title).locator(".chart-status-missing .recharts-rectangle"), title).toHaveCount(2);
  }
  // Ratings are points joined by straight segments: no curve commands in the line paths.
  const ratingPaths = await chartSurface(page, "Ratings").locator("path.recharts-curve").evaluateAll((els) => els.map((e) => e.getAttribute("d") ?? ""));
  expect(ratingPaths.length).toBeGreaterThan(0);
  for (const d of ratingPaths) expect(d).not.toMatch(/[CcQqSsTt]/);
  await expect(chartSurface(page, "Ratings").locator(".recharts-line-dot").first()).toBeAttached();

  await showRange(page, "12 weeks");
  await screenshot(page, "dashboard");
});

test("“Why?” opens with the keyboard, a chart shows a week on hover, and the tables stay", async ({ page }) => {
  await signUp(page);
  await loadDemoHistory(page);
  await page.goto("/dashboard");
  const card = page.locator("article[data-sign]").first();
  const why = card.locator("summary", { hasText: "Why?" });
  const evidence = card.getByText(/^Hands-on work fell from \d+ % of your week in your first/);
  await expect(evidence).toBeHidden();
  await why.focus();
  await page.keyboard.press("Enter");
  await expect(evidence).toBeVisible();
  await expect(card.getByText("In your own words (only you see your notes)")).toBeVisible();
  await expect(card.locator("blockquote").first()).toBeVisible();
  await page.keyboard.press(" ");
  await expect(evidence).toBeHidden();

  const surface = chartSurface(page, "Time split per week");
  await surface.scrollIntoViewIfNeeded();
  const box = (await surface.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5);
  const tooltip = chart(page, "Time split per week").locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toContainText(/W\d\d · \w{3} \d+ \w{3}/);
  await expect(tooltip).toContainText(/Hands-on execution\s*\d+(\.\d)? %|Not logged|Away/);
  await expect(await tableRows(page, "Time split per week")).toHaveCount(12);
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
  // Four balanced weeks are too few to judge this sign (it needs six); three collapsed ones then raise it.
  const weeks = pastWeeks(7);
  for (const week of weeks.slice(0, 4)) await logWeek(page, week, BALANCED);

  await page.goto("/dashboard");
  await expect(signCard(page, "missed-executing")).toHaveCount(0);
  await expect(page.getByTestId("not-enough-signs")).toContainText("log 2 more weeks for missing hands-on work");

  for (const week of weeks.slice(4)) await logWeek(page, week, HANDS_ON_COLLAPSED);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  const card = signCard(page, "missed-executing");
  await expect(card).toHaveAttribute("data-level", /^(watch|alert)$/);
  await expect(card.getByTestId("sign-reason")).toHaveText(/^Hands-on time fell from \d+ % to \d+ % of your week, and it is what energizes you most\.$/);
  await card.locator("summary", { hasText: "Why?" }).click();
  await expect(card.getByRole("listitem").filter({ hasText: /^Hands-on work fell from \d+ % .* to \d+ %/ })).toBeVisible();
  const score = Number(/Score\s*(\d+)/.exec((await card.textContent()) ?? "")?.[1]);
  expect(score).toBeGreaterThanOrEqual(40);
  await expect(page.getByTestId("headline")).toHaveText(/^Missing hands-on work (is|has been) at (watch|alert)/);
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

test("the dashboard with demo data fits a 390 px phone, and “Why?” and the charts answer a tap", { tag: "@phone" }, async ({ page }) => {
  test.slow(); // several full page loads, each checked by axe or screenshotted in two schemes
  await signUp(page);
  await loadDemoHistory(page);
  await page.goto("/dashboard");
  await expect(page.getByTestId("headline")).toBeVisible();
  const card = page.locator("article[data-sign]").first();
  await expect(card).toBeVisible();
  await expect(card.locator("[data-step]").first()).toBeVisible();
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
  const why = card.locator("summary", { hasText: "Why?" });
  const evidence = card.getByText(/^Hands-on work fell from \d+ % of your week in your first/);
  await expect(evidence).toBeHidden();
  await why.tap();
  await expect(evidence).toBeVisible();
  expect(await hasHorizontalOverflow(page)).toBe(false);
  await screenshot(page, "phone-dashboard-why");
  await why.tap();
  await expect(evidence).toBeHidden();

  const surface = chartSurface(page, "Ratings");
  await surface.scrollIntoViewIfNeeded();
  const box = (await surface.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * 0.75, box.y + box.height * 0.4);
  await expect(chart(page, "Ratings").locator(".recharts-tooltip-wrapper")).toContainText(/W\d\d · /);
  await screenshot(page, "phone-dashboard-tooltip");

  await page.goto("/dashboard");
  await screenshot(page, "phone-dashboard");

  await page.goto("/history");
  await expect(page.getByText("Demo", { exact: true }).first()).toBeVisible();
  expect(await hasHorizontalOverflow(page)).toBe(false);
  await screenshot(page, "phone-history");
});
