import { describe, expect, it } from "vitest";
import { rateLimitFromEnv, trustedProxiesFromEnv } from "@/lib/auth/rate-limit";

describe("rateLimitFromEnv", () => {
  it.each([
    ["on by default in production", { NODE_ENV: "production" }, { enabled: true, max: 3, windowSeconds: 10 }],
    ["off by default elsewhere", { NODE_ENV: "development" }, { enabled: false, max: 3, windowSeconds: 10 }],
    ["switched off in production", { NODE_ENV: "production", AUTH_RATE_LIMIT: "off" }, { enabled: false, max: 3, windowSeconds: 10 }],
    ["switched on in tests", { NODE_ENV: "test", AUTH_RATE_LIMIT: "ON" }, { enabled: true, max: 3, windowSeconds: 10 }],
    [
      "loosened",
      { NODE_ENV: "production", AUTH_RATE_LIMIT_MAX: "500", AUTH_RATE_LIMIT_WINDOW_SECONDS: "60" },
      { enabled: true, max: 500, windowSeconds: 60 },
    ],
  ])("%s", (_name, env, expected) => {
    expect(rateLimitFromEnv(env)).toEqual(expected);
  });

  it.each([
    [{ AUTH_RATE_LIMIT: "sometimes" }, /AUTH_RATE_LIMIT must be "on" or "off"/],
    [{ AUTH_RATE_LIMIT_MAX: "0" }, /AUTH_RATE_LIMIT_MAX must be a whole number/],
    [{ AUTH_RATE_LIMIT_WINDOW_SECONDS: "ten" }, /AUTH_RATE_LIMIT_WINDOW_SECONDS/],
  ])("refuses %j", (env, message) => {
    expect(() => rateLimitFromEnv(env)).toThrow(message);
  });
});

describe("trustedProxiesFromEnv", () => {
  it.each([
    [{}, []],
    [{ AUTH_TRUSTED_PROXIES: "" }, []],
    [{ AUTH_TRUSTED_PROXIES: "10.0.0.1, 192.0.2.0/24 ," }, ["10.0.0.1", "192.0.2.0/24"]],
  ])("%j → %j", (env, expected) => {
    expect(trustedProxiesFromEnv(env)).toEqual(expected);
  });
});
