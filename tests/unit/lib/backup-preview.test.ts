import { describe, expect, it } from "vitest";
import { listPreviewText } from "@/lib/backup-preview";

describe("listPreviewText", () => {
  it("says what a restore does to each list the file holds, counted in words", () => {
    expect(
      listPreviewText([
        { key: "experiments", inFile: 3, current: 5 },
        { key: "wellbeingChecks", inFile: 1, current: 0 },
        { key: "reviews", inFile: 0, current: 1 },
        { key: "shareReplies", inFile: 1, current: 1 },
      ]),
    ).toEqual([
      "It replaces your 5 experiments with the 3 in the file.",
      "It adds 1 wellbeing check from the file.",
      "It removes your 1 quarterly review (the file's list is empty).",
      "It replaces your 1 reply to a share link with the 1 in the file.",
    ]);
  });

  it("says nothing about a list both sides leave empty, or when the file holds no lists", () => {
    expect(listPreviewText([{ key: "reviews", inFile: 0, current: 0 }])).toEqual([]);
    expect(listPreviewText([])).toEqual([]);
  });

  it("writes large counts with separators", () => {
    expect(listPreviewText([{ key: "shareReplies", inFile: 1200, current: 0 }])).toEqual(["It adds 1,200 replies to share links from the file."]);
  });
});
