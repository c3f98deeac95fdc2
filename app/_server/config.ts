import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { dbFilePath } from "@/db";
import { parseTrustedProxies, type TrustedProxies } from "@/lib/auth/client-address";
import { lockoutConfigFromEnv, type LockoutConfig } from "@/lib/auth/lockout";
import { rateLimitFromEnv, trustedProxiesFromEnv, type RateLimitSetting } from "@/lib/auth/rate-limit";
import { loginMethodsFromEnv, type LoginMethods } from "@/lib/auth/sso";

const MIN_SECRET_LENGTH = 32;

function port(): string {
  return process.env.PORT || "3000";
}

/** The public origin: APP_URL when set, else localhost on the serving port. */
export function appUrl(): string {
  return (process.env.APP_URL || `http://localhost:${port()}`).replace(/\/+$/, "");
}

/** Origins a browser may use to reach this server; both loopback names when APP_URL is unset. */
export function trustedOrigins(): string[] {
  if (process.env.APP_URL) return [appUrl()];
  return [`http://localhost:${port()}`, `http://127.0.0.1:${port()}`];
}

/** BETTER_AUTH_SECRET from the environment, else (SQLite only) one generated on first run and kept beside the database. */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new Error(`BETTER_AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    }
    return fromEnv;
  }
  // A generated secret would differ per machine, and instances sharing a database must sign cookies alike.
  if (process.env.DATABASE_URL) throw new Error("BETTER_AUTH_SECRET must be set when DATABASE_URL is: every instance needs the same secret.");
  const file = join(dirname(dbFilePath()), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return readFileSync(file, "utf8").trim();
}

/** Password sign-up: ALLOW_SIGNUP (default on), and never with PASSWORD_LOGIN=off. */
export function isSignupAllowed(): boolean {
  return process.env.ALLOW_SIGNUP !== "false" && loginMethods().password;
}

/** Single sign-on (OIDC_*) and PASSWORD_LOGIN; instrumentation checks them at start (lib/auth/env.ts). */
export function loginMethods(): LoginMethods {
  return loginMethodsFromEnv(process.env);
}

/** LOGIN_MAX_FAILURES, LOGIN_LOCKOUT_SECONDS, ... (see docs/auth.md). */
export function lockoutConfig(): LockoutConfig {
  return lockoutConfigFromEnv(process.env);
}

/** AUTH_RATE_LIMIT, AUTH_RATE_LIMIT_MAX, AUTH_RATE_LIMIT_WINDOW_SECONDS (see docs/auth.md). */
export function rateLimitSetting(): RateLimitSetting {
  return rateLimitFromEnv(process.env);
}

let parsedProxies: { raw: string | undefined; value: TrustedProxies } | undefined;

/** AUTH_TRUSTED_PROXIES, parsed once (a malformed entry throws, naming it). */
export function trustedProxies(): TrustedProxies {
  const raw = process.env.AUTH_TRUSTED_PROXIES;
  if (!parsedProxies || parsedProxies.raw !== raw) parsedProxies = { raw, value: parseTrustedProxies(trustedProxiesFromEnv(process.env)) };
  return parsedProxies.value;
}
