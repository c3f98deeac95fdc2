import { describe, expect, it } from "vitest";
import { LONG_WORD, wordParts } from "@/components/pdf/line-breaks";

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
});
