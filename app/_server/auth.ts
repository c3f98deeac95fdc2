import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { appUrl, authSecret, isSignupAllowed, lockoutConfig, rateLimitSetting, trustedOrigins, trustedProxies } from "./config";
import { createAuth, type Auth } from "./create-auth";

export { PASSWORD_MIN_LENGTH } from "@/lib/auth/credentials";

const globalForAuth = globalThis as unknown as { pendulumAuth?: Auth };

/** The better-auth instance, built on first use so `next build` never opens the database. */
export function getAuth(): Auth {
  globalForAuth.pendulumAuth ??= createAuth({
    db: getDb(),
    secret: authSecret(),
    baseURL: appUrl(),
    trustedOrigins: trustedOrigins(),
    allowSignup: isSignupAllowed(),
    lockout: lockoutConfig(),
    rateLimit: rateLimitSetting(),
    trustedProxies: trustedProxies(),
    nextCookies: true,
  });
  return globalForAuth.pendulumAuth;
}

export type SessionUser = { id: string; email: string; name: string };

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
}

/** The signed-in leader, or a redirect to sign-in. Every page and action that touches data calls it. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}
