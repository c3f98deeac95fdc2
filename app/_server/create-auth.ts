import { createHmac, randomBytes } from "node:crypto";
import { betterAuth, type BetterAuthOptions, type BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
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
import { isSameIssuer, SSO_PROVIDER_ID, type SsoConfig } from "@/lib/auth/sso";
import { passwordResetMail, type MailMessage } from "@/lib/mail/templates";
import { createStoredRateLimiter, type RateLimiter } from "@/lib/rate-limiter";

export const SIGN_IN_PATH = "/sign-in/email";
export const SIGN_UP_PATH = "/sign-up/email";
export const REQUEST_RESET_PATH = "/request-password-reset";
export const RESET_PASSWORD_PATH = "/reset-password";
/** How long a password-reset link works (it works once). */
export const RESET_LINK_MINUTES = 30;
/** Reset mails to one address per hour, whoever asks: a stranger cannot flood someone's inbox. */
export const RESET_MAILS_PER_ADDRESS_PER_HOUR = 3;
export const SIGN_IN_LOCKED_CODE = "SIGN_IN_LOCKED";
export const RATE_LIMITED_CODE = "RATE_LIMITED";

/** The endpoints that take a password or send one; limited per client address on every way in (HTTP and auth.api). */
export const CREDENTIAL_PATHS = [SIGN_IN_PATH, SIGN_UP_PATH, "/change-password", REQUEST_RESET_PATH, RESET_PASSWORD_PATH] as const;

/** Where password-reset mails go out; without one the reset endpoints answer 400 and the app hides them. */
export type ResetMailer = {
  send: (message: MailMessage) => Promise<void>;
  /** The page the mailed link opens, given the token: the app's /reset-password?token=…. */
  resetUrl: (token: string) => string;
  /** A send that failed, with no message text (it may hold an address or the SMTP password). */
  onError?: (error: unknown) => void;
  /** Counts reset mails per address (in the database by default). */
  perAddressLimiter?: RateLimiter;
};

export type CreateAuthOptions = {
  db: Db;
  secret: string;
  baseURL: string;
  trustedOrigins?: string[];
  allowSignup: boolean;
  /** E-mail and password sign-in and sign-up (PASSWORD_LOGIN); on unless false. */
  passwordLogin?: boolean;
  /** Single sign-on with an OpenID Connect provider (OIDC_*); none when null or absent. */
  sso?: SsoConfig | null;
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
  /** Password reset by e-mail, when mail is configured. */
  resetMailer?: ResetMailer | null;
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

/**
 * Refuses the SSO provider unless its discovery document names exactly the configured issuer
 * (better-auth verifies ID tokens against whatever issuer discovery returned). Checked once the
 * provider is built at start, and again on each SSO request, since better-auth retries a discovery
 * that failed at start on the first request that needs it.
 */
function ssoIssuerPin(sso: SsoConfig): BetterAuthPlugin {
  type Providers = Array<{ id: string; issuer?: string }>;
  const dropMismatched = (providers: Providers, log: (message: string) => void) => {
    const index = providers.findIndex((p) => p.id === SSO_PROVIDER_ID);
    if (index >= 0 && !isSameIssuer(sso.issuer, providers[index]!.issuer)) {
      log(`Single sign-on disabled: the provider's discovery document names another issuer than OIDC_ISSUER (${sso.issuer})`);
      providers.splice(index, 1);
    }
  };
  return {
    id: "pendulum-sso-issuer",
    init(ctx) {
      dropMismatched(ctx.socialProviders as unknown as Providers, (m) => ctx.logger.error(m));
      return {};
    },
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === "/sign-in/social" || ctx.path?.startsWith("/callback/") === true,
          handler: createAuthMiddleware(async (ctx) => {
            dropMismatched(ctx.context.socialProviders as unknown as Providers, (m) => ctx.context.logger.error(m));
          }),
        },
      ],
    },
  };
}

function ssoPlugins(sso: SsoConfig): BetterAuthPlugin[] {
  return [
    genericOAuth({
      config: [
        {
          providerId: SSO_PROVIDER_ID,
          name: sso.label,
          discoveryUrl: sso.discoveryUrl,
          // Discovery must give the issuer and keys: ID tokens are verified (signature, issuer, audience, nonce).
          requireIdTokenVerification: true,
          clientId: sso.clientId,
          clientSecret: sso.clientSecret,
          scopes: ["openid", "email", "profile"],
          pkce: true,
          disableSignUp: !sso.autoSignup,
        },
      ],
    }),
    ssoIssuerPin(sso),
  ];
}

/** A better-auth instance on `db`, configured only from `options` (tests build their own; the app uses getAuth()). */
export function createAuth(options: CreateAuthOptions) {
  const { db, lockout, rateLimit } = options;
  const now = options.now ?? (() => new Date());
  const credentialLimiter =
    options.credentialLimiter ??
    createStoredRateLimiter(requestCounter(db), { scope: "credentials", max: rateLimit.max, windowMs: rateLimit.windowSeconds * 1000 });
  const resetMailer = options.resetMailer ?? null;
  const resetLimiter =
    resetMailer?.perAddressLimiter ??
    createStoredRateLimiter(requestCounter(db), { scope: "reset-mail", max: RESET_MAILS_PER_ADDRESS_PER_HOUR, windowMs: 60 * 60 * 1000 });
  // Not awaited: the answer must take as long for an address with an account as for one without.
  const sendResetMail = (email: string, token: string) => {
    void (async () => {
      if (!(await resetLimiter.hit(emailDigest(options.secret, email), now().getTime()))) return;
      await resetMailer!.send(passwordResetMail({ to: email, url: resetMailer!.resetUrl(token), validMinutes: RESET_LINK_MINUTES }));
    })().catch((error: unknown) => resetMailer!.onError?.(error));
  };
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
      enabled: options.passwordLogin !== false,
      disableSignUp: !options.allowSignup,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
      password: options.password,
      ...(resetMailer
        ? {
            sendResetPassword: async ({ user, token }: { user: { email: string }; token: string }) => sendResetMail(user.email, token),
            resetPasswordTokenExpiresIn: RESET_LINK_MINUTES * 60,
            revokeSessionsOnPasswordReset: true,
            // Whoever holds the mailbox may sign in again at once.
            onPasswordReset: async ({ user }: { user: { email: string } }) => clearEmailLoginAttempts(db, user.email),
          }
        : {}),
    },
    account: {
      accountLinking: {
        enabled: true,
        // An SSO sign-in joins an existing account only when the provider vouches for the e-mail
        // (email_verified); no provider is trusted without that, and the e-mails must be the same.
        trustedProviders: [],
        allowDifferentEmails: false,
        // Pendulum never verifies e-mails itself, so no local account would ever qualify; the
        // password of an account joined this way is dropped (databaseHooks below).
        requireLocalEmailVerified: false,
      },
    },
    databaseHooks: {
      account: {
        create: {
          // An account created with a password before anyone proved the e-mail (it could be someone
          // else's, waiting for its owner): once the provider vouches for the owner, the password
          // and every session made with it stop working, so whoever set it loses access.
          after: async (account, ctx) => {
            if (account.providerId !== SSO_PROVIDER_ID || !ctx) return;
            const adapter = ctx.context.internalAdapter;
            const user = await adapter.findUserById(account.userId);
            if (!user || user.emailVerified) return;
            const credential = (await adapter.findAccounts(account.userId)).find((a) => a.providerId === "credential");
            if (!credential) return;
            await adapter.deleteAccount(credential.id);
            await adapter.deleteUserSessions(account.userId);
          },
        },
      },
    },
    onAPIError: { errorURL: `${options.baseURL}/sign-in` },
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
    // nextCookies last, as better-auth asks, so it sees every cookie the others set.
    plugins: [...(options.sso ? ssoPlugins(options.sso) : []), ...(options.nextCookies ? [nextCookies()] : [])],
  });
}

export type Auth = ReturnType<typeof createAuth>;
