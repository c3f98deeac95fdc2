export type RateLimitSetting = {
  enabled: boolean;
  /** Requests allowed per window and client address on the credential endpoints (sign-in, sign-up, change password). */
  max: number;
  windowSeconds: number;
};

export const DEFAULT_RATE_LIMIT = { max: 3, windowSeconds: 10 } as const;

type Env = Readonly<Record<string, string | undefined>>;

function positiveInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${name} must be a whole number of at least 1 (got "${raw}")`);
  return Number(raw);
}

/**
 * AUTH_RATE_LIMIT=on|off (default: on in production, as better-auth does), AUTH_RATE_LIMIT_MAX and
 * AUTH_RATE_LIMIT_WINDOW_SECONDS for the credential endpoints.
 */
export function rateLimitFromEnv(env: Env): RateLimitSetting {
  const switchValue = env.AUTH_RATE_LIMIT?.trim().toLowerCase();
  let enabled: boolean;
  if (!switchValue) enabled = env.NODE_ENV === "production";
  else if (switchValue === "on" || switchValue === "true") enabled = true;
  else if (switchValue === "off" || switchValue === "false") enabled = false;
  else throw new Error(`AUTH_RATE_LIMIT must be "on" or "off" (got "${env.AUTH_RATE_LIMIT}")`);
  return {
    enabled,
    max: positiveInteger(env, "AUTH_RATE_LIMIT_MAX", DEFAULT_RATE_LIMIT.max),
    windowSeconds: positiveInteger(env, "AUTH_RATE_LIMIT_WINDOW_SECONDS", DEFAULT_RATE_LIMIT.windowSeconds),
  };
}

/** AUTH_TRUSTED_PROXIES: comma-separated proxy addresses or CIDR ranges whose X-Forwarded-For hops are skipped. */
export function trustedProxiesFromEnv(env: Env): string[] {
  return (env.AUTH_TRUSTED_PROXIES ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function rateLimitMessage(windowSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(windowSeconds));
  return `Too many attempts from your network. Wait ${seconds} ${seconds === 1 ? "second" : "seconds"} and try again.`;
}
