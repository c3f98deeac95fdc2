/**
 * Where sign-in sends a leader back to: `next=` carries the page they asked for (a reminder's link to
 * /checkin?week=…). Only a path on this app is honoured; anything that could leave it — `//evil`,
 * `https:`, `/\evil`, the same percent-encoded once or several times, control characters — is
 * refused, and sign-in goes to its default page instead.
 */

export const RETURN_PATH_MAX_LENGTH = 512;
export const RETURN_PATH_PARAM = "next";
/** Set by proxy.ts on every page request (overwriting whatever the client sent): the path and query asked for. */
export const REQUESTED_PATH_HEADER = "x-pendulum-requested-path";

/** Decoding rounds checked: a path encoded deeper than this is refused rather than trusted. */
const DECODE_ROUNDS = 3;
// A probe origin: a relative path resolved against it must stay on it.
const PROBE = "http://pendulum.invalid";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Pages a return path may not name: signing in again, or an API answer or worker instead of a page. */
const REFUSED_SECTIONS = ["sign-in", "sign-up", "api", "serwist"];

function isPlainPath(candidate: string): boolean {
  if (!candidate.startsWith("/") || candidate.startsWith("//")) return false;
  // Backslashes (browsers read `/\evil` as `//evil`), controls, whitespace and unpaired surrogates.
  if (/[\\\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(candidate) || LONE_SURROGATE.test(candidate)) return false;
  let url: URL;
  try {
    url = new URL(candidate, PROBE);
  } catch {
    return false;
  }
  return url.origin === PROBE;
}

/** The same-origin path to return to after sign-in, or null when `raw` is absent or not safe. */
export function safeReturnPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > RETURN_PATH_MAX_LENGTH) return null;
  let current = raw;
  for (let round = 0; ; round++) {
    if (!isPlainPath(current)) return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (decoded === current) break;
    if (round === DECODE_ROUNDS) return null;
    current = decoded;
  }
  const url = new URL(raw, PROBE);
  const path = `${url.pathname}${url.search}${url.hash}`;
  const section = url.pathname.split("/")[1]!.toLowerCase();
  return REFUSED_SECTIONS.includes(section) ? null : path;
}

/** `/sign-in`, with `next=` when the path is worth returning to. */
export function signInPath(returnTo: string | null, extra: Record<string, string> = {}): string {
  const safe = safeReturnPath(returnTo);
  const params = new URLSearchParams(extra);
  if (safe && safe !== "/checkin") params.set(RETURN_PATH_PARAM, safe);
  const query = params.toString();
  return query ? `/sign-in?${query}` : "/sign-in";
}
