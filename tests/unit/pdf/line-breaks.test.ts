import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CJK, LONG_WORD, wordParts } from "@/components/pdf/line-breaks";

// The first version, grapheme by grapheme through Intl.Segmenter: the faster one must agree with it.
const NO_BREAK_BEFORE = /^[\p{Pe}\p{Pf}\p{Po}ー々〻ゝゞヽヾ]/u;
const NO_BREAK_AFTER = /[\p{Ps}\p{Pi}]$/u;
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
function referenceParts(word: string): string[] {
  if (word.length <= LONG_WORD && !CJK.test(word)) return [word];
  const chars = Array.from(segmenter.segment(word), (s) => s.segment);
  const long = chars.length > LONG_WORD;
  if (!long && !CJK.test(word)) return [word];
  const parts: string[] = [];
  let current = chars[0] ?? "";
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1]!;
    const next = chars[i]!;
    if ((long || CJK.test(prev) || CJK.test(next)) && !NO_BREAK_BEFORE.test(next) && !NO_BREAK_AFTER.test(prev)) {
      parts.push(current, "");
      current = next;
    } else {
      current += next;
    }
  }
  parts.push(current);
  return parts;
}

describe("wordParts", () => {
  it.each([
    ["Łukasz", ["Łukasz"]],
    ["2026-W40", ["2026-W40"]],
    ["Ольга,", ["Ольга,"]],
    ["hands-on", ["hands-on"]],
    [" ", [" "]],
  ])("keeps %j whole", (word, parts) => {
    expect(wordParts(word)).toEqual(parts);
  });

  it("lets Chinese break between characters but never before a closing mark or after an opening one", () => {
    expect(wordParts("李雷")).toEqual(["李", "", "雷"]);
    expect(wordParts("会议，太多。")).toEqual(["会", "", "议，", "", "太", "", "多。"]);
    expect(wordParts("（会议）")).toEqual(["（会", "", "议）"]);
  });

  it("lets a word too long for a line break anywhere, keeping every character", () => {
    const url = `https://example.com/${"a".repeat(LONG_WORD)}`;
    const parts = wordParts(url);
    expect(parts.join("")).toBe(url);
    expect(parts.filter((p) => p === "").length).toBeGreaterThan(LONG_WORD);
    expect(wordParts("a".repeat(LONG_WORD))).toEqual(["a".repeat(LONG_WORD)]);
  });

  it("never splits a grapheme (an emoji sequence, a combining accent)", () => {
    const family = "👨‍👩‍👧";
    const word = `${family}e\u0301${"x".repeat(LONG_WORD)}`;
    const parts = wordParts(word).filter((p) => p !== "");
    expect(parts.join("")).toBe(word);
    expect(parts).toContain(family);
    expect(parts).toContain("e\u0301");
  });

  it("splits words as the grapheme-by-grapheme version did, marks, emoji, jamo and CJK punctuation included", () => {
    const alphabet = ["a", "Ł", "ж", "Ω", "1", "-", ".", "/", "李", "雷", "。", "，", "（", "）", "「", "」", "ー", "か", "\u3099", "e\u0301", "\u0301", "👍", "🏽", "\u200d", "👩", "\ufe0f", "🇩", "🇪", "\u1100", "\u1161", "한", "\r", "\n", "\u00ad", "ำ", "ｶ", "\uff9e", "\u{20000}"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), (chars) => {
        const word = chars.join("");
        expect(wordParts(word)).toEqual(referenceParts(word));
      }),
      { numRuns: 2000 },
    );
  });
});
