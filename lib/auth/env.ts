import { parseTrustedProxies } from "./client-address";
import { lockoutConfigFromEnv } from "./lockout";
import { rateLimitFromEnv, trustedProxiesFromEnv } from "./rate-limit";
import { loginMethodsFromEnv } from "./sso";

/** Reads every sign-in setting once, so a malformed one stops the server at start-up, naming the variable. */
export function checkAuthEnv(env: Readonly<Record<string, string | undefined>>): void {
  lockoutConfigFromEnv(env);
  rateLimitFromEnv(env);
  parseTrustedProxies(trustedProxiesFromEnv(env));
  loginMethodsFromEnv(env);
}
