import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * One visual language: pages and components colour through the semantic tokens of app/globals.css
 * (surface, border, text, muted, accent, the activity and level colours), which change with the
 * colour scheme by themselves. A Tailwind palette class (`text-stone-600`, `bg-amber-50`) with its
 * hand-paired `dark:` twin is how the two schemes drifted apart before; none may come back.
 */
const PALETTE = "slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose";
const UTILITY = "bg|text|border|border-[trblxy]|ring|ring-offset|fill|stroke|divide|outline|decoration|from|via|to|shadow|accent|caret|placeholder";
const PALETTE_CLASS = new RegExp(`(?<![\\w-])(?:[\\w-]+:)*(?:${UTILITY})-(?:${PALETTE})-\\d{2,3}(?:/\\d+)?(?![\\w-])`, "g");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every palette class in `text`, as "line: class". */
function paletteClasses(text: string): string[] {
  return text.split("\n").flatMap((line, i) => [...line.matchAll(PALETTE_CLASS)].map((m) => `${i + 1}: ${m[0]}`));
}

describe("design tokens", () => {
  it("finds palette classes, with variants and opacity, and leaves tokens and prose alone", () => {
    expect(paletteClasses(`className="text-stone-600 dark:text-stone-400 hover:bg-amber-50/40"`)).toEqual([
      "1: text-stone-600",
      "1: dark:text-stone-400",
      "1: hover:bg-amber-50/40",
    ]);
    expect(paletteClasses(`className="text-muted bg-watch-soft border-ok/50 fill-surface-muted"`)).toEqual([]);
    expect(paletteClasses(`// the red-50 line in the old design`)).toEqual([]);
  });

  it("no page or component colours with a Tailwind palette class", () => {
    const found = ["app", "components"]
      .flatMap((dir) => sourceFiles(dir))
      .flatMap((file) => paletteClasses(readFileSync(file, "utf8")).map((hit) => `${file}:${hit}`));
    expect(found.slice(0, 20)).toEqual([]);
  });
});
