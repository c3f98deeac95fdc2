import { betterAuth, type BetterAuthOptions } from "better-auth";
import { APIError, createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { authDatabase } from "@/db/auth-adapter";
import type { Db } from "@/db/client";
import {
  clearLoginAttempts,
  deleteStaleLoginAttempts,
  listLoginAttempts,
  recordLoginFailure,
} from "@/db/queries/login-attempts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/credentials";
import {
  emailLockKey,
  ipLockKey,
  lockoutMessage,
  remainingLockSeconds,
  type LockoutConfig,
} from "@/lib/auth/lockout";
import type { RateLimitSetting } from "@/lib/auth/rate-limit";

export const SIGN_IN_PATH = "/sign-in/email";
export const SIGN_IN_LOCKED_CODE = "SIGN_IN_LOCKED";

export type CreateAuthOptions = {
  db: Db;
  secret: string;
  baseURL: string;
  trustedOrigins?: string[];
  allowSignup: boolean;
  lockout: LockoutConfig;
  rateLimit: RateLimitSetting;
  trustedProxies?: string[];
  /** Adds better-auth's Next.js cookie plugin so server actions can set the session cookie. */
  nextCookies?: boolean;
  now?: () => Date;
  logger?: BetterAuthOptions["logger"];
};

type HookContext = {
  body?: unknown;
  request?: Request;
  headers?: Headers;
  context: { options: Parameters<typeof getIP>[1] };
};

function signInKeys(ctx: HookContext, lockout: LockoutConfig): string[] {
  const body = ctx.body as { email?: unknown } | undefined;
  const keys = typeof body?.email === "string" && body.email.trim() ? [emailLockKey(body.email)] : [];
  const source = ctx.request ?? ctx.headers;
  const ip = lockout.maxFailuresPerIp > 0 && source ? getIP(source, ctx.context.options) : null;
  if (ip) keys.push(ipLockKey(ip));
  return keys;
}

/** A better-auth instance on `db`, configured only from `options` (tests build their own; the app uses getAuth()). */
export function createAuth(options: CreateAuthOptions) {
  const { db, lockout } = options;
  const now = options.now ?? (() => new Date());
  const credentialRule = { window: options.rateLimit.windowSeconds, max: options.rateLimit.max };

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
    },
    user: {
      deleteUser: {
        enabled: true,
        afterDelete: async (user) => clearLoginAttempts(db, emailLockKey(user.email)),
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: options.rateLimit.enabled,
      // In the database, so every instance counts the same requests.
      storage: "database",
      customRules: { "/sign-in/*": credentialRule, "/sign-up/*": credentialRule, "/change-password": credentialRule },
    },
    advanced: options.trustedProxies?.length ? { ipAddress: { trustedProxies: options.trustedProxies } } : undefined,
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const at = now();
        const states = await listLoginAttempts(db, signInKeys(ctx, lockout));
        const seconds = Math.max(0, ...[...states.values()].map((s) => remainingLockSeconds(s, at)));
        if (seconds > 0) {
          throw new APIError(
            "TOO_MANY_REQUESTS",
            { message: lockoutMessage(seconds), code: SIGN_IN_LOCKED_CODE, retryAfterSeconds: seconds },
            { "Retry-After": String(seconds) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const returned = ctx.context.returned;
        const keys = signInKeys(ctx, lockout);
        if (isAPIError(returned)) {
          if (returned.statusCode !== 401) return;
          const at = now();
          for (const key of keys) await recordLoginFailure(db, key, at, lockout);
          await deleteStaleLoginAttempts(db, new Date(at.getTime() - lockout.failureWindowSeconds * 1000));
        } else if (returned && keys[0]?.startsWith("email:")) {
          await clearLoginAttempts(db, keys[0]);
        }
      }),
    },
    plugins: options.nextCookies ? [nextCookies()] : [],
  });
}

export type Auth = ReturnType<typeof createAuth>;
