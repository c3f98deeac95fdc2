/**
 * What may reach a log line. Logs leave the leader's account (to an operator, a log service), so
 * no e-mail address, note, password or token may appear in one (docs/deploy.md, "Logs").
 */

export const REDACTED = "[redacted]";
const MAX_ROUTE_LENGTH = 200;
const MAX_TEXT_LENGTH = 4000;
const MAX_DEPTH = 6;
const MAX_KEYS = 50;

const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;
// Credentials in free text: URL passwords, auth headers, token-carrying query parameters.
const URL_PASSWORD = /(\b[a-z][\w+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi;
const AUTH_SCHEME = /\b(Bearer|Basic)\s+[\w~+/.=-]+/gi;
const SECRET_PARAM = /\b(token|code|state|secret|password|session_token|id_token|access_token|refresh_token|client_secret|code_verifier|nonce)=([^\s&"']+)/gi;
const SHARE_PATH = /\/share\/[^\s/?#"']+/g;

/** Keys whose values never go into a log, whatever they hold. */
const SECRET_KEYS = new Set([
  "email",
  "password",
  "newpassword",
  "currentpassword",
  "token",
  "secret",
  "notes",
  "note",
  "cookie",
  "set-cookie",
  "authorization",
  "accesstoken",
  "refreshtoken",
  "idtoken",
  "body",
  "params",
]);

/** `text` with e-mail addresses, credentials and share tokens replaced, and cut to a bounded length. */
export function redactText(text: string): string {
  const bounded = text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH)}…` : text;
  return bounded
    .replace(URL_PASSWORD, `$1${REDACTED}@`)
    .replace(AUTH_SCHEME, `$1 ${REDACTED}`)
    .replace(SECRET_PARAM, `$1=${REDACTED}`)
    .replace(SHARE_PATH, "/share/:token")
    .replace(EMAIL, REDACTED);
}

/** A copy of `value` fit for a log: secret keys dropped to REDACTED, strings redacted, depth and size bounded. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[…]";
  if (value instanceof Error) {
    return { type: value.name, message: redactText(value.message), stack: value.stack ? redactText(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.slice(0, MAX_KEYS).map((item) => redactValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value).slice(0, MAX_KEYS)) {
    out[key] = SECRET_KEYS.has(key.toLowerCase()) ? REDACTED : redactValue(item, depth + 1);
  }
  return out;
}

/**
 * The route of a request path for the log: no query string (tokens travel there), and path segments
 * that are secrets or identifiers replaced by a placeholder (a share link's token, an e-mail).
 */
export function routeOf(url: string): string {
  let path = url.split(/[?#]/, 1)[0] ?? "/";
  if (!path.startsWith("/")) path = `/${path}`;
  const segments = path.split("/").map((segment, index, all) => {
    if (index === 2 && all[1] === "share" && segment) return ":token";
    if (segment.includes("@") || segment.includes("%40")) return ":email";
    // Long opaque values (tokens, ids) in any position.
    if (/^[\w~.-]{24,}$/.test(segment) && /\d/.test(segment) && !segment.includes(".")) return ":id";
    return segment;
  });
  const route = segments.join("/");
  return route.length > MAX_ROUTE_LENGTH ? `${route.slice(0, MAX_ROUTE_LENGTH)}…` : route;
}
