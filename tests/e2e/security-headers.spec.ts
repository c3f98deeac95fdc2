import type { Page, Response } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NO_SCRIPT_PAGE_POLICY } from "../../app/_server/security-headers";
import { fillHours, saveWeek } from "./checkin-page";
import { expect, fillCredentials, loadDemoHistory, screenshot, signOut, signUp, test, TEST_PASSWORD, uniqueEmail } from "./fixtures";
import { lastWeek } from "./weeks";

declare global {
  interface Window {
    cspViolations?: string[];
    injected?: Record<string, boolean>;
  }
}

/** Records every CSP violation the page reports, from the first script on. */
async function watchCsp(page: Page): Promise<string[]> {
  const consoleReports: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleReports.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.cspViolations!.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return consoleReports;
}

async function violations(page: Page, consoleReports: string[]): Promise<string[]> {
  return [...(await page.evaluate(() => window.cspViolations ?? [])), ...consoleReports];
}

/** React has hydrated the document: the scripts carrying the nonce ran. */
async function expectHydrated(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => Object.keys(document).some((key) => key.startsWith("__reactContainer")))).toBe(true);
}

function expectPagePolicy(response: Response | null, path: string): void {
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy, `${path}: policy`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
    expect(policy, path).toContain(directive);
  }
  // The public URL of the test server is http: no HSTS.
  expect(response?.headers()["strict-transport-security"], path).toBeUndefined();
}

const SIGNED_IN_PAGES = [
  "/checkin",
  `/checkin/${lastWeek()}`,
  "/dashboard",
  "/history",
  "/report",
  "/settings",
  "/settings/profile",
  "/settings/account",
  "/settings/calendar",
  "/settings/data",
];

test("every page works under its nonce policy, light and dark, without a single violation", async ({ page }) => {
  test.setTimeout(120_000);
  const consoleReports = await watchCsp(page);

  // Sign-up, onboarding, the demo history and a check-in: forms and server actions under the policy.
  await signUp(page);
  await expectHydrated(page);
  await loadDemoHistory(page);
  await page.goto(`/checkin/${lastWeek()}`);
  await fillHours(page, { meetings: 10, execution: 20, mentoring: 5, other: 5 });
  await saveWeek(page, lastWeek());

  for (const path of SIGNED_IN_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expectPagePolicy(response, path);
    await expectHydrated(page);
  }

  // Charts are drawn by client-side Recharts; then the same page in dark mode.
  await page.goto("/dashboard");
  await expect(page.locator(".recharts-wrapper > svg.recharts-surface").first()).toBeVisible();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.locator(".recharts-wrapper > svg.recharts-surface").first()).toBeVisible();
  await screenshot(page, "csp-dashboard");

  // A client-side navigation keeps working: the router's scripts were allowed through 'strict-dynamic'.
  await page.emulateMedia({ colorScheme: "light" });
  const navigations = await page.evaluate(() => performance.getEntriesByType("navigation").length);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History", exact: true }).click();
  await expect(page).toHaveURL(/\/history$/);
  expect(await page.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(navigations);

  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  expectPagePolicy(missing, "/no-such-page");
  await expectHydrated(page);

  await page.goto("/dashboard");
  await signOut(page);
  for (const path of ["/sign-in", "/sign-up"]) {
    const response = await page.goto(path);
    expectPagePolicy(response, path);
    await expectHydrated(page);
  }

  expect(await violations(page, consoleReports)).toEqual([]);
});

test("markup injected into a page cannot run script, while the page's own scripts still do", async ({ page }) => {
  const consoleReports = await watchCsp(page);
  await page.route("**/sign-in", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</body>",
      [
        "<script>window.injected = { ...window.injected, inline: true }</script>",
        '<script nonce="not-the-nonce">window.injected = { ...window.injected, wrongNonce: true }</script>',
        '<img alt="" src="data:," onerror="window.injected = { ...window.injected, handler: true }">',
        '<a id="injected-link" href="javascript:window.injected = { ...window.injected, url: true }">x</a>',
        "</body>",
      ].join(""),
    );
    await route.fulfill({ response, body: html });
  });
  const response = await page.goto("/sign-in");
  expectPagePolicy(response, "/sign-in");
  await expectHydrated(page);
  await page.locator("#injected-link").click();
  expect(await page.evaluate(() => window.injected ?? null)).toBeNull();
  const reported = await violations(page, consoleReports);
  expect(reported.filter((v) => v.startsWith("script-src")).length, reported.join("\n")).toBeGreaterThanOrEqual(3);

  // The nonce'd scripts run: the form signs in through its server action.
  await page.unroute("**/sign-in");
  const account = await signUpElsewhere(page);
  await page.goto("/sign-in");
  await fillCredentials(page, account);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page).toHaveURL(/\/(checkin|welcome)/);
});

/** An account created through better-auth's API, so the page under test stays signed out. */
async function signUpElsewhere(page: Page): Promise<{ email: string; password: string }> {
  const account = { email: uniqueEmail("csp"), password: TEST_PASSWORD };
  const response = await page.request.post("/api/auth/sign-up/email", {
    data: { ...account, name: "Csp" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(200);
  await page.context().clearCookies();
  return account;
}

test("a form posted without JavaScript gets its answer under a policy that allows no script", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await fillCredentials(page, { email: uniqueEmail("nojs"), password: "not-the-password" });
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in"),
    page.getByRole("button", { name: /^sign in$/i }).click(),
  ]);
  expect(answer.headers()["content-security-policy"]).toBe(NO_SCRIPT_PAGE_POLICY);
  await expect(page.getByRole("alert")).toContainText("Wrong email or password.");
  await context.close();
});

test("the share page keeps its own stricter policy", async ({ request }) => {
  const response = await request.get("/share/not-a-real-token-000000000000000000000000000");
  expect(response.headers()["content-security-policy"]).toMatch(/^default-src 'none'/);
});

test("a second server whose APP_URL is https sends HSTS and upgrades subresources", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pendulum-hsts-"));
  const server = spawn("node_modules/.bin/next", ["start", "-p", "0"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      APP_URL: "https://pendulum.example.test",
      PENDULUM_DB: join(dataDir, "hsts.db"),
      BETTER_AUTH_SECRET: "hsts-test-secret-0123456789abcdefghijklmnopqrstuvwxyz",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let output = "";
      const timer = setTimeout(() => reject(new Error(`next start did not come up:\n${output}`)), 30_000);
      server.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const port = /Local:\s+http:\/\/localhost:(\d+)/.exec(output)?.[1];
        if (port && /Ready in/.test(output)) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${port}`);
        }
      });
      server.on("exit", (code) => reject(new Error(`next start exited with ${code}:\n${output}`)));
    });
    for (const path of ["/sign-in", "/api/auth/ok"]) {
      const response = await fetch(`${origin}${path}`, { redirect: "manual" });
      expect(response.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
    }
    const page = await fetch(`${origin}/sign-in`);
    expect(page.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  } finally {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
});
