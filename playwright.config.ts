import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";
import { e2eMailEnv } from "./tests/e2e/mail-server";

const isCi = !!process.env.CI;
// The tests' own build (tests/e2e/serve.sh builds it; specs that start more servers use it too).
process.env.NEXT_DIST_DIR ||= ".next-test";
const port = Number(process.env.E2E_PORT || 3300);
const baseURL = `http://localhost:${port}`;

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const chromiumPath = process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

// Without the background-networking flags Chromium keeps dialing Google on a closed network.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const serverEnv: Record<string, string> = {
  ...(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined)) as Record<string, string>),
  NEXT_TELEMETRY_DISABLED: "1",
  E2E_PORT: String(port),
  PORT: String(port),
  APP_URL: baseURL,
  BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET || "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
  ALLOW_SIGNUP: "true",
  LOGIN_MAX_FAILURES: "3",
  LOGIN_LOCKOUT_SECONDS: "60",
  // Every spec signs in from 127.0.0.1: never lock the address, only the e-mail.
  LOGIN_MAX_FAILURES_PER_IP: "0",
  // E2E: better-auth's own limiter (3 sign-ups / 10 s per IP) would throttle parallel specs.
  AUTH_RATE_LIMIT: "off",
  // Mail on, to the SMTP server tests/e2e/password-reset.spec.ts starts (nothing else sends mail).
  ...e2eMailEnv(),
};

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  forbidOnly: isCi,
  retries: isCi ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: "playwright-report" }],
    ...(process.env.E2E_JSON_REPORT ? [["json", { outputFile: process.env.E2E_JSON_REPORT }] as const] : []),
  ],
  use: {
    baseURL,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    locale: "en-US",
    timezoneId: "Europe/Berlin",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    {
      name: "desktop",
      grepInvert: /@phone/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    {
      name: "phone",
      grep: /@phone/,
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    command: "bash tests/e2e/serve.sh",
    url: `${baseURL}/api/auth/ok`,
    env: serverEnv,
    reuseExistingServer: !isCi,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
