import type { Locator, Page } from "@playwright/test";
import { expect, hasHorizontalOverflow, screenshot, signUp, test } from "./fixtures";
import { lastWeek } from "./weeks";

const NAV_ITEMS = ["Dashboard", "Check-in", "History", "Report", "Settings"] as const;

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const navLink = (page: Page, name: string) => mainNav(page).getByRole("link", { name, exact: true });

async function expectOnlyCurrent(page: Page, current: (typeof NAV_ITEMS)[number] | null) {
  for (const name of NAV_ITEMS) {
    if (name === current) await expect(navLink(page, name), name).toHaveAttribute("aria-current", "page");
    else await expect(navLink(page, name), name).not.toHaveAttribute("aria-current");
  }
}

/** The active item must look different too, not only be announced: its background and its underline. */
async function activeLook(link: Locator): Promise<{ background: string; shadow: string }> {
  return link.evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, shadow: style.boxShadow };
  });
}

// axe checks both 404 pages in both colour schemes in a11y.spec.ts, with every other page.
test.describe("the 404 page", () => {
  test("signed out, an unknown address answers 404 with a way to sign in", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle(/Page not found/);
    await expect(mainNav(page)).toHaveCount(0);
    await screenshot(page, "not-found-signed-out");
    await page.getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("signed in, it keeps the app's navigation and leads back to the check-in", async ({ page }) => {
    await signUp(page);
    const response = await page.goto("/settings/no-such-section");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(mainNav(page)).toBeVisible();
    await expectOnlyCurrent(page, null);
    await screenshot(page, "not-found-signed-in");
    await page.getByRole("link", { name: "Go to your check-in" }).click();
    await expect(page).toHaveURL(new RegExp(`/checkin/${lastWeek()}$`));
  });
});

test.describe("the skip link", () => {
  test("is the first Tab stop, shows itself, and moves focus past the navigation", async ({ page }) => {
    await signUp(page);
    await page.goto("/history");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(40);
    await screenshot(page, "skip-link-focused");

    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    await page.keyboard.press("Tab");
    const next = await page.evaluate(() => ({
      inMain: !!document.activeElement?.closest("main"),
      inNav: !!document.activeElement?.closest("nav[aria-label='Main']"),
      text: document.activeElement?.textContent?.trim(),
    }));
    expect(next, JSON.stringify(next)).toMatchObject({ inMain: true, inNav: false });
  });

  test("works on the sign-in page too", async ({ page }) => {
    await page.goto("/sign-in");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Email", { exact: true })).toBeFocused();
  });
});

test.describe("the active navigation item", () => {
  test("on a desktop, each section marks itself as the current page, also visibly", async ({ page }) => {
    await signUp(page);
    const visits: Array<[string, (typeof NAV_ITEMS)[number]]> = [
      ["/dashboard", "Dashboard"],
      ["/checkin", "Check-in"],
      ["/history", "History"],
      ["/report", "Report"],
      ["/settings", "Settings"],
      ["/settings/calendar", "Settings"],
    ];
    for (const [path, current] of visits) {
      await page.goto(path);
      await expectOnlyCurrent(page, current);
      const other = NAV_ITEMS.find((n) => n !== current)!;
      const [active, inactive] = [await activeLook(navLink(page, current)), await activeLook(navLink(page, other))];
      expect(active.background, `${current} background`).not.toBe(inactive.background);
      expect(active.shadow, `${current} underline`).not.toBe("none");
      expect(inactive.shadow, `${other} underline`).toBe("none");
    }
    await page.goto("/history");
    await screenshot(page, "nav-active-history");

    await navLink(page, "Check-in").click();
    await expect(page).toHaveURL(/\/checkin\/\d{4}-W\d{2}$/);
    await expectOnlyCurrent(page, "Check-in");
  });

  test("on a 390 px phone, every item, Settings included, is on screen and marks itself", { tag: "@phone" }, async ({ page }) => {
    await signUp(page);
    await page.goto("/history");
    const viewport = page.viewportSize()!;
    for (const name of NAV_ITEMS) {
      const link = navLink(page, name);
      await expect(link, name).toBeInViewport({ ratio: 1 });
      const box = (await link.boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(viewport.width);
      expect(box.height, `${name} is a 44 px target`).toBeGreaterThanOrEqual(44);
    }
    const navScrolls = await mainNav(page).evaluate((nav) => [...nav.querySelectorAll("*"), nav].some((el) => el.scrollWidth > el.clientWidth));
    expect(navScrolls).toBe(false);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectOnlyCurrent(page, "History");
    await screenshot(page, "phone-nav-history");

    await navLink(page, "Settings").tap();
    await expect(page).toHaveURL(/\/settings$/);
    await expectOnlyCurrent(page, "Settings");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  });
});
