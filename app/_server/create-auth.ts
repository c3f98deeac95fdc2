import { createHmac, randomBytes } from "node:crypto";
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { authDatabase } from "@/db/auth-adapter";
import type { Db } from "@/db/client";
import {
  claimLoginAttempt,
  clearEmailLoginAttempts,
  deleteStaleLoginAttempts,
  releaseLoginAttempt,
  settleLoginSuccess,
} from "@/db/queries/login-attempts";
import { requestCounter } from "@/db/queries/request-counts";
import { CLIENT_ADDRESS_HEADER, normalizeAddress } from "@/lib/auth/client-address";
import { emailSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/credentials";
import {
  deviceLockKey,
  emailLockKey,
  ipLockKey,
  isIpLockKey,
  lockoutMessage,
  remainingLockSeconds,
  type LockoutConfig,
} from "@/lib/auth/lockout";
import { rateLimitMessage, type RateLimitSetting } from "@/lib/auth/rate-limit";
import { createStoredRateLimiter, type RateLimiter } from "@/lib/rate-limiter";

export const SIGN_IN_PATH = "/sign-in/email";
export const SIGN_UP_PATH = "/sign-up/email";
export const SIGN_IN_LOCKED_CODE = "SIGN_IN_LOCKED";
export const RATE_LIMITED_CODE = "RATE_LIMITED";

/** The endpoints that take a password; limited per client address on every way in (HTTP and auth.api). */
export const CREDENTIAL_PATHS = [SIGN_IN_PATH, SIGN_UP_PATH, "/change-password"] as const;

export type CreateAuthOptions = {
  db: Db;
  secret: string;
  baseURL: string;
  trustedOrigins?: string[];
  allowSignup: boolean;
  lockout: LockoutConfig;
  rateLimit: RateLimitSetting;
  /** Where the credential limit counts; in the database (shared by every instance) by default. */
  credentialLimiter?: RateLimiter;
  /** Adds better-auth's Next.js cookie plugin so server actions can set the session cookie. */
  nextCookies?: boolean;
  /** better-auth's password hasher (scrypt) unless given. */
  password?: { hash: (password: string) => Promise<string>; verify: (data: { hash: string; password: string }) => Promise<boolean> };
  now?: () => Date;
  logger?: BetterAuthOptions["logger"];
};

type HookContext = {
  path?: string;
  body?: unknown;
  request?: Request;
  headers?: Headers;
  getSignedCookie: (key: string, secret: string) => Promise<string | null | false>;
  setSignedCookie: (key: string, value: string, secret: string, options?: Record<string, unknown>) => Promise<string>;
  context: { secret: string; createAuthCookie: (name: string, attributes?: Record<string, unknown>) => { name: string; attributes: Record<string, unknown> } };
};

type LoginClaim = { key: string; failures: number };
const CLAIMS = "pendulumLoginClaims";

/** The address the app resolved for this request (app/_server/client-address.ts); null when none was handed over. */
function clientAddress(ctx: HookContext): string | null {
  const raw = (ctx.headers ?? ctx.request?.headers)?.get(CLIENT_ADDRESS_HEADER);
  return raw ? normalizeAddress(raw) : null;
}

function emailOf(ctx: HookContext): string | null {
  const email = emailSchema.safeParse((ctx.body as { email?: unknown } | undefined)?.email);
  return email.success ? email.data : null;
}

const KNOWN_DEVICE_COOKIE = "known_device";
const KNOWN_DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

const emailDigest = (secret: string, email: string) => createHmac("sha256", secret).update(email).digest("base64url").slice(0, 22);

/** The id of this browser's known-device cookie when it was issued for `email`'s account; null otherwise. */
async function knownDeviceId(ctx: HookContext, email: string): Promise<string | null> {
  const value = await ctx.getSignedCookie(ctx.context.createAuthCookie(KNOWN_DEVICE_COOKIE).name, ctx.context.secret);
  if (!value) return null;
  const [id, digest] = value.split(".");
  return id && digest === emailDigest(ctx.context.secret, email) ? id : null;
}

/** Marks this browser as one that signed in to `email`'s account (a signed, HttpOnly cookie). */
async function rememberDevice(ctx: HookContext, email: string, id: string | null): Promise<void> {
  const cookie = ctx.context.createAuthCookie(KNOWN_DEVICE_COOKIE, { maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS });
  const value = `${id ?? randomBytes(16).toString("base64url")}.${emailDigest(ctx.context.secret, email)}`;
  await ctx.setSignedCookie(cookie.name, value, ctx.context.secret, cookie.attributes);
}

/**
 * The lock keys of a sign-in attempt: the e-mail's (or, from a browser that signed in to that account
 * before, that browser's own, so a stranger failing on purpose cannot lock it out), plus the address's.
 */
async function signInKeys(ctx: HookContext, lockout: LockoutConfig): Promise<string[]> {
  const email = emailOf(ctx);
  const keys: string[] = [];
  if (email) {
    const device = await knownDeviceId(ctx, email);
    keys.push(device ? deviceLockKey(email, device) : emailLockKey(email));
  }
  const ip = lockout.maxFailuresPerIp > 0 ? clientAddress(ctx) : null;
  if (ip) keys.push(ipLockKey(ip));
  return keys;
}

function tooManyRequests(message: string, code: string, seconds: number): APIError {
  const retryAfter = Math.max(1, seconds);
  return new APIError("TOO_MANY_REQUESTS", { message, code, retryAfterSeconds: retryAfter }, { "Retry-After": String(retryAfter) });
}

/** A better-auth instance on `db`, configured only from `options` (tests build their own; the app uses getAuth()). */
export function createAuth(options: CreateAuthOptions) {
  const { db, lockout, rateLimit } = options;
  const now = options.now ?? (() => new Date());
  const credentialLimiter =
    options.credentialLimiter ??
    createStoredRateLimiter(requestCounter(db), { scope: "credentials", max: rateLimit.max, windowMs: rateLimit.windowSeconds * 1000 });
  const settle = async (claims: readonly LoginClaim[], outcome: "success" | "void") => {
    for (const claim of claims) {
      if (outcome === "success" && !isIpLockKey(claim.key)) await settleLoginSuccess(db, claim.key, claim.failures, lockout);
      else await releaseLoginAttempt(db, claim.key, lockout);
    }
  };

  return betterAuth({
    appName: "Pendulum",
    logger: options.logger,
    baseURL: options.baseURL,
    secret: options.secret,
    trustedOrigins: options.trustedOrigins ?? [options.baseURL],
    database: authDatabase(db),
    emailAndPassword: {
      enabled: true,
      disableSignUp: !options.allowSignup,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
      password: options.password,
    },
    user: {
      deleteUser: {
        enabled: true,
        afterDelete: async (user) => clearEmailLoginAttempts(db, user.email),
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // The credential endpoints are limited in hooks.before below, which auth.api calls pass through too.
    rateLimit: {
      enabled: rateLimit.enabled,
      // In the database, so every instance counts the same requests.
      storage: "database",
      customRules: Object.fromEntries(CREDENTIAL_PATHS.map((path) => [path, false as const])),
    },
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] } },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const at = now();
        if (rateLimit.enabled && (CREDENTIAL_PATHS as readonly string[]).includes(ctx.path)) {
          const key = `${ctx.path}|${clientAddress(ctx) ?? "unknown"}`;
          if (!(await credentialLimiter.hit(key, at.getTime()))) {
            throw tooManyRequests(rateLimitMessage(rateLimit.windowSeconds), RATE_LIMITED_CODE, rateLimit.windowSeconds);
          }
        }
        if (ctx.path !== SIGN_IN_PATH) return;
        const claims: LoginClaim[] = [];
        for (const key of await signInKeys(ctx, lockout)) {
          const claim = await claimLoginAttempt(db, key, at, lockout);
          if (!claim.allowed) {
            await settle(claims, "void");
            const seconds = remainingLockSeconds(claim.state, at);
            throw tooManyRequests(lockoutMessage(seconds), SIGN_IN_LOCKED_CODE, seconds);
          }
          claims.push({ key, failures: claim.failures });
        }
        return { context: { [CLAIMS]: claims } };
      }),
      after: createAuthMiddleware(async (ctx) => {
        const returned = ctx.context.returned;
        if (ctx.path === SIGN_UP_PATH && isAPIError(returned) && String(returned.body?.code).startsWith("USER_ALREADY_EXISTS")) {
          // better-auth answers a taken address before hashing; hash anyway so both answers take as long.
          const password = (ctx.body as { password?: unknown } | undefined)?.password;
          if (typeof password === "string") await ctx.context.password.hash(password);
          return;
        }
        if (ctx.path !== SIGN_IN_PATH && ctx.path !== SIGN_UP_PATH) return;
        const email = emailOf(ctx);
        if (returned && !isAPIError(returned) && email) await rememberDevice(ctx, email, await knownDeviceId(ctx, email));
        if (ctx.path !== SIGN_IN_PATH) return;
        const claims = (ctx as unknown as Record<typeof CLAIMS, LoginClaim[] | undefined>)[CLAIMS] ?? [];
        if (isAPIError(returned)) {
          if (returned.statusCode !== 401) return settle(claims, "void");
          const at = now();
          await deleteStaleLoginAttempts(db, new Date(at.getTime() - lockout.failureWindowSeconds * 1000));
        } else if (returned) {
          await settle(claims, "success");
        }
      }),
    },
    plugins: options.nextCookies ? [nextCookies()] : [],
  });
}

export type Auth = ReturnType<typeof createAuth>;
