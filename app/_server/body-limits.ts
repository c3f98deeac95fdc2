/**
 * The most a server action (any form post to a page) may send. Next.js counts it while reading and
 * then fails the action with a 500, so next.config.ts refuses a larger declared length before that.
 */
export const SERVER_ACTION_MAX_BODY_BYTES = 1024 * 1024;

/**
 * A regular expression (for a `has` condition of next.config.ts, matched whole) that accepts a
 * decimal Content-Length strictly greater than `limit`, leading zeros allowed.
 */
export function lengthOverPattern(limit: number): string {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`Not a byte count: ${limit}`);
  const digits = String(limit);
  const longer = `[1-9][0-9]{${digits.length},}`;
  const sameLength = [...digits].flatMap((digit, i) => {
    const d = Number(digit);
    if (d === 9) return [];
    const from = i === 0 ? Math.max(d + 1, 1) : d + 1;
    const rest = digits.length - i - 1;
    return [`${digits.slice(0, i)}[${from}-9]${rest > 0 ? `[0-9]{${rest}}` : ""}`];
  });
  return `0*(?:${[longer, ...sameLength].join("|")})`;
}
