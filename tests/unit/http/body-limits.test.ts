import { describe, expect, it } from "vitest";
import { lengthOverPattern, SERVER_ACTION_MAX_BODY_BYTES } from "@/app/_server/body-limits";

/** As next.config.ts's `has` conditions apply it: the whole header value must match. */
const isOver = (limit: number, value: string) => new RegExp(`^${lengthOverPattern(limit)}$`).test(value);

/** The lengths (as sent, with or without leading zeros) on which the pattern and `n > limit` disagree. */
function disagreements(limit: number, lengths: number[]): string[] {
  const pattern = new RegExp(`^${lengthOverPattern(limit)}$`);
  return lengths.flatMap((n) => [String(n), `00${n}`]).filter((value) => pattern.test(value) !== Number(value) > limit);
}

describe("lengthOverPattern", () => {
  it.each([0, 1, 9, 10, 99, 100, 101, 999, 1000, 65_536, 1_000_000, SERVER_ACTION_MAX_BODY_BYTES, 9_999_999])(
    "accepts exactly the lengths over %i around it, at each power of ten and with leading zeros",
    (limit) => {
      const around = Array.from({ length: 4001 }, (_, i) => limit - 2000 + i).filter((n) => n >= 0);
      const powers = Array.from({ length: 12 }, (_, i) => 10 ** i).flatMap((p) => [p - 1, p, p + 1]);
      expect(disagreements(limit, [...around, ...powers])).toEqual([]);
    },
  );

  it("agrees with a numeric comparison on a seeded sample of large lengths", () => {
    let seed = 42;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const limit = next() % 50_000_000;
      expect(disagreements(limit, Array.from({ length: 40 }, () => next() % 100_000_000))).toEqual([]);
    }
  });

  it.each(["", "-1", "1e9", " 2000000", "0x200000", "2000000,2000000"])("does not accept %j", (value) => {
    expect(isOver(10, value)).toBe(false);
  });

  it("refuses a limit that is not a byte count", () => {
    expect(() => lengthOverPattern(-1)).toThrow(RangeError);
    expect(() => lengthOverPattern(1.5)).toThrow(RangeError);
  });
});
