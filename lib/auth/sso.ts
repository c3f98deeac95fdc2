/** Single sign-on with the company's OpenID Connect provider (see docs/deploy.md and docs/auth.md). */

type Env = Readonly<Record<string, string | undefined>>;

/** The provider id better-auth knows it by; the redirect URI to register is `${APP_URL}/api/auth/callback/oidc`. */
export const SSO_PROVIDER_ID = "oidc";
export const SSO_CALLBACK_PATH = `/api/auth/callback/${SSO_PROVIDER_ID}`;
export const DEFAULT_SSO_LABEL = "Sign in with single sign-on";
export const SSO_LABEL_MAX_LENGTH = 60;

export type SsoConfig = {
  /** The issuer exactly as the provider's discovery document names it (no trailing slash added or removed). */
  issuer: string;
  discoveryUrl: string;
  clientId: string;
  clientSecret: string;
  label: string;
  /** OIDC_AUTO_SIGNUP: whether a first sign-in creates an account (default on). */
  autoSignup: boolean;
};

export type LoginMethods = {
  sso: SsoConfig | null;
  /** PASSWORD_LOGIN: e-mail and password sign-in and sign-up (default on; off needs SSO). */
  password: boolean;
};

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === "on" || raw === "true") return true;
  if (raw === "off" || raw === "false") return false;
  throw new Error(`${name} must be "on" or "off" (got "${env[name]}")`);
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** OIDC_ISSUER as a URL: https, or http on a loopback host only (a test or a local provider). */
function parseIssuer(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`OIDC_ISSUER must be the provider's issuer URL, e.g. https://login.example.com/realms/staff (got "${raw}")`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new Error("OIDC_ISSUER must use https (http only on localhost)");
  }
  if (url.search || url.hash || url.username || url.password) throw new Error("OIDC_ISSUER must not carry a query, fragment or credentials");
  return url;
}

/**
 * OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET (all three, or none), OIDC_BUTTON_LABEL, OIDC_AUTO_SIGNUP
 * and PASSWORD_LOGIN. Throws, naming the variable, on anything malformed, so the server stops at start.
 */
export function loginMethodsFromEnv(env: Env): LoginMethods {
  const issuerRaw = env.OIDC_ISSUER?.trim() ?? "";
  const clientId = env.OIDC_CLIENT_ID?.trim() ?? "";
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim() ?? "";
  const any = issuerRaw || clientId || clientSecret;
  let sso: SsoConfig | null = null;
  if (any) {
    const missing = [
      ["OIDC_ISSUER", issuerRaw],
      ["OIDC_CLIENT_ID", clientId],
      ["OIDC_CLIENT_SECRET", clientSecret],
    ]
      .filter(([, value]) => !value)
      .map(([name]) => name);
    if (missing.length) throw new Error(`Single sign-on needs ${missing.join(" and ")} as well`);
    const issuerUrl = parseIssuer(issuerRaw);
    const label = (env.OIDC_BUTTON_LABEL ?? "").replace(/\s+/g, " ").trim() || DEFAULT_SSO_LABEL;
    if (label.length > SSO_LABEL_MAX_LENGTH) throw new Error(`OIDC_BUTTON_LABEL must be at most ${SSO_LABEL_MAX_LENGTH} characters`);
    sso = {
      issuer: issuerRaw,
      discoveryUrl: `${issuerUrl.href.replace(/\/+$/, "")}/.well-known/openid-configuration`,
      clientId,
      clientSecret,
      label,
      autoSignup: onOff(env, "OIDC_AUTO_SIGNUP", true),
    };
  }
  const password = onOff(env, "PASSWORD_LOGIN", true);
  if (!password && !sso) throw new Error("PASSWORD_LOGIN=off needs single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET): nobody could sign in");
  return { sso, password };
}

/** Whether a discovered issuer is the configured one (OpenID Connect Discovery 1.0 §4.3: exactly equal). */
export function isSameIssuer(configured: string, discovered: string | undefined): boolean {
  return discovered !== undefined && discovered === configured;
}

/** What the sign-in page says for an error better-auth sent back from the provider's callback (`?error=`). */
export function ssoErrorMessage(code: string): string {
  switch (code.toLowerCase()) {
    case "signup_disabled":
      return "There is no Pendulum account for you yet, and single sign-on does not create one here. Ask whoever runs Pendulum to let you in.";
    case "account_not_linked":
      return "An account with your e-mail already exists, and your identity provider did not confirm the e-mail, so the two were not joined. Sign in with your password, or ask whoever runs Pendulum.";
    case "sso_unavailable":
      return "Single sign-on is not available right now: the identity provider could not be reached. Try again in a minute.";
    case "access_denied":
      return "Sign-in was cancelled at your identity provider.";
    case "email_not_found":
      return "Your identity provider did not share an e-mail address, which Pendulum needs. Ask whoever runs it to release the e-mail claim.";
    default:
      return "Single sign-on did not complete. Try again; if it keeps failing, ask whoever runs Pendulum.";
  }
}
