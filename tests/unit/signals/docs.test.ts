import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SIGNALS_CONFIG, STEP_IDS } from "@/lib/signals";

const doc = readFileSync(join(process.cwd(), "docs", "signals.md"), "utf8");

/** Every key of the config, nested ones too (a weights object contributes its part names). */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (key !== "weights") into.add(key);
      keysOf(inner, into);
    }
  }
  return into;
}

describe("docs/signals.md", () => {
  it("explains every constant of SIGNALS_CONFIG by name", () => {
    const missing = [...keysOf(SIGNALS_CONFIG)].filter((key) => !new RegExp(`[\`.]${key}[\`:.]`).test(doc));
    expect(missing).toEqual([]);
  });

  it("lists every step of the library with its source", () => {
    for (const id of STEP_IDS) expect(doc).toMatch(new RegExp(`\\| \`${id}\` \\| [^|]+ \\| [^|]{20,} \\|`));
  });
});
