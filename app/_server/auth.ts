import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { cache } from "react";
import { getDb } from "@/db";
import { getProfile, type ProfileRecord } from "@/db/queries/profiles";
import { REQUESTED_PATH_HEADER, signInPath } from "@/lib/auth/return-path";
import { appUrl, authSecret, isSignupAllowed, lockoutConfig, loginMethods, rateLimitSetting, trustedOrigins, trustedProxies } from "./config";
import { createAuth, type Auth } from "./create-auth";
import { authLogger, getLogger } from "./logger";
import { getMailer, mailErrorCode } from "./mail";

export { PASSWORD_MIN_LENGTH } from "@/lib/auth/credentials";

const globalForAuth = globalThis as unknown as { pendulumAuth?: Auth };

/** The better-auth instance, built on first use so `next build` never opens the database. */
export function getAuth(): Auth {
  trustedProxies();
  const { sso, password } = loginMethods();
  globalForAuth.pendulumAuth ??= createAuth({
    db: getDb(),
    secret: authSecret(),
    baseURL: appUrl(),
    trustedOrigins: trustedOrigins(),
    allowSignup: isSignupAllowed(),
    passwordLogin: password,
    sso,
    lockout: lockoutConfig(),
    rateLimit: rateLimitSetting(),
    nextCookies: true,
    logger: authLogger(getLogger()),
    resetMailer: resetMailer(),
  });
  return globalForAuth.pendulumAuth;
}

function resetMailer() {
  const mailer = getMailer();
  if (!mailer) return null;
  return {
    send: mailer.send,
    resetUrl: (token: string) => `${appUrl()}/reset-password?token=${encodeURIComponent(token)}`,
    onError: (error: unknown) => console.error(`password reset: the mail could not be sent (${mailErrorCode(error)})`),
  };
}

export type SessionUser = { id: string; email: string; name: string };

// After a server action replaces the session cookie (e.g. a password change) the page re-renders
// in the same request: cookies() has the new value, the raw Cookie header still the old one.
async function currentRequestHeaders(): Promise<Headers> {
  const merged = new Headers(await headers());
  const jar = (await cookies()).toString();
  if (jar) merged.set("cookie", jar);
  else merged.delete("cookie");
  return merged;
}

/**
 * The signed-in user, or null. Cached per render: the (app) layout, its page and the not-found trees
 * Next renders into every page (the root's and the layout's) share one session lookup. Outside a
 * render (a server action, a route handler) React's cache passes every call through.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const requestHeaders = await currentRequestHeaders();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
});

/** The signed-in user's profile (null before onboarding), read once per render like the session. */
export const getLeaderProfile = cache((userId: string): Promise<ProfileRecord | null> => getProfile(getDb(), userId));

/** The signed-in leader, or a redirect to sign-in. Every page and action that touches data calls it. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(signInPath((await headers()).get(REQUESTED_PATH_HEADER)));
  return user;
}

/**
 * The signed-in leader and their profile, or a redirect to sign-in or onboarding. Cached per request,
 * so the (app) layout and its page share one session and profile read.
 */
export const requireLeader = cache(async (): Promise<{ user: SessionUser; profile: ProfileRecord }> => {
  const user = await requireUser();
  const profile = await getLeaderProfile(user.id);
  if (!profile) redirect("/welcome");
  return { user, profile };
});

export type AuthFailure = { status: number; code: string | undefined; message: string };

/** The status, code and message of an error better-auth refused a request with; null for anything else (a bug). */
export function authFailureOf(error: unknown): AuthFailure | null {
  if (!isAPIError(error) || error.statusCode >= 500) return null;
  const body = error.body as { code?: unknown } | undefined;
  return { status: error.statusCode, code: typeof body?.code === "string" ? body.code : undefined, message: error.message };
}
