import { describe, expect, it } from "vitest";
import { attachmentDisposition, downloadName, filenameFromDisposition, slugify } from "@/lib/filename";

describe("slugify", () => {
  it.each([
    ["Łukasz Øster-Ðorđe", "lukasz-oster-dorde", "łukasz-øster-ðorđe"],
    ["  --Dr. O'Neil (Team A)!  ", "dr-o-neil-team-a", "dr-o-neil-team-a"],
    ["नमस्ते दुनिया", "", "नमस्ते-दुनिया"],
    ["李雷", "", "李雷"],
    ["👨‍👩‍👧 Sam", "sam", "sam"],
  ])("%j → %j and %j", (name, ascii, unicode) => {
    expect(slugify(name, { ascii: true })).toBe(ascii);
    expect(slugify(name, { ascii: false })).toBe(unicode);
  });

  it("keeps at most 40 characters and never cuts one in half or ends on a dash", () => {
    expect(slugify("ab ".repeat(30), { ascii: true })).toBe("ab-".repeat(13) + "a");
    const long = slugify("é".normalize("NFD").repeat(50), { ascii: false });
    expect(Array.from(new Intl.Segmenter("en", { granularity: "grapheme" }).segment(long))).toHaveLength(40);
  });
});

describe("download names", () => {
  it("falls back to \"leader\" and reads its own header back", () => {
    const names = downloadName("pendulum-report", "李雷", "2026-W40-2026-W47.md");
    expect(names).toEqual({ ascii: "pendulum-report-leader-2026-W40-2026-W47.md", unicode: "pendulum-report-李雷-2026-W40-2026-W47.md" });
    expect(filenameFromDisposition(attachmentDisposition(names))).toBe(names.unicode);
  });
});
