import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACTIVITIES, RATINGS, SIGN_IDS } from "@/lib/enums";
import { COLOR_SCHEMES, LEVELS, PALETTE, SERIES_COLORS, SIGN_COLORS, contrastRatio, cssVariables } from "@/lib/palette";

const AA_TEXT = 4.5;
const AA_GRAPHIC = 3;

function declarations(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--color-[a-z-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function cssTokens(): { light: Record<string, string>; darkOverrides: Record<string, string> } {
  const css = readFileSync(new URL("../../../app/globals.css", import.meta.url), "utf8");
  const theme = /@theme static \{([^}]*)\}/.exec(css);
  const dark = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/.exec(css);
  if (!theme || !dark) throw new Error("globals.css lost its @theme block or its dark :root block");
  return { light: declarations(theme[1]!), darkOverrides: declarations(dark[1]!) };
}

describe("contrastRatio", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#ffffff", 1],
    ["#777777", "#ffffff", 4.48],
    ["#10b981", "#ffffff", 2.54],
  ])("%s on %s is %d:1", (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });

  it("refuses what is not #rrggbb", () => {
    expect(() => contrastRatio("#fff", "#000000")).toThrow(/#rrggbb/);
  });
});

describe("app/globals.css and lib/palette.ts", () => {
  it("declare the same light tokens", () => {
    expect(cssTokens().light).toEqual(cssVariables("light"));
  });

  it("declare the same dark tokens, the dark block overriding only what changes", () => {
    const { light, darkOverrides } = cssTokens();
    expect({ ...light, ...darkOverrides }).toEqual(cssVariables("dark"));
    for (const [name, value] of Object.entries(darkOverrides)) expect(value, name).not.toBe(light[name]);
  });
});

describe.each(COLOR_SCHEMES)("the %s palette", (scheme) => {
  const p = PALETTE[scheme];
  const backgrounds = { canvas: p.canvas, surface: p.surface, surfaceMuted: p.surfaceMuted };

  const texts: Array<[string, string]> = [
    ["text", p.text],
    ["muted", p.muted],
    ["accentText", p.accentText],
    ...ACTIVITIES.map((a): [string, string] => [`activity.${a}.text`, p.activity[a].text]),
    ...RATINGS.map((r): [string, string] => [`rating.${r}.text`, p.rating[r].text]),
    ...SIGN_IDS.map((s): [string, string] => [`sign.${s}.text`, p.sign[s].text]),
    ...LEVELS.map((l): [string, string] => [`level.${l}.text`, p.level[l].text]),
  ];
  it.each(texts)("%s (%s) reads at AA on the canvas, a surface and a muted surface", (_name, color) => {
    for (const [bg, value] of Object.entries(backgrounds)) expect(contrastRatio(color, value), bg).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(LEVELS)("the %s level's text reads at AA on its tint, and its badge text on its fill", (level) => {
    const l = p.level[level];
    expect(contrastRatio(l.text, l.soft)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(p.text, l.soft)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(p.muted, l.soft)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(l.onFill, l.fill)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(l.fill, p.surface)).toBeGreaterThanOrEqual(AA_GRAPHIC);
  });

  it("puts readable text on the accent, and the accent and the input outline stand out", () => {
    expect(contrastRatio(p.onAccent, p.accent)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(p.onAccent, p.accentHover)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(p.text, p.accentSoft)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(p.accentText, p.accentSoft)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(p.muted, p.accentSoft)).toBeGreaterThanOrEqual(AA_TEXT);
    for (const bg of Object.values(backgrounds)) expect(contrastRatio(p.accent, bg)).toBeGreaterThanOrEqual(AA_GRAPHIC);
  });

  const fills: Array<[string, string]> = [
    ...ACTIVITIES.map((a): [string, string] => [`activity.${a}`, p.activity[a].fill]),
    ...RATINGS.map((r): [string, string] => [`rating.${r}`, p.rating[r].fill]),
    ...SIGN_IDS.map((s): [string, string] => [`sign.${s}`, p.sign[s].fill]),
  ];
  it.each(fills)("the %s fill (%s) stands out 3:1 from the canvas and a surface", (_name, color) => {
    for (const [bg, value] of Object.entries(backgrounds)) expect(contrastRatio(color, value), bg).toBeGreaterThanOrEqual(AA_GRAPHIC);
  });
});

describe("one colour per activity", () => {
  it("fills are the same in light and dark and differ from each other", () => {
    for (const a of ACTIVITIES) expect(PALETTE.dark.activity[a].fill, a).toBe(PALETTE.light.activity[a].fill);
    expect(new Set(ACTIVITIES.map((a) => PALETTE.light.activity[a].fill)).size).toBe(ACTIVITIES.length);
  });

  it("the chart series and sign colours are those fills", () => {
    for (const a of ACTIVITIES) expect(SERIES_COLORS[a]).toBe(PALETTE.light.activity[a].fill);
    for (const r of RATINGS) expect(SERIES_COLORS[r]).toBe(PALETTE.light.rating[r].fill);
    for (const s of SIGN_IDS) expect(SIGN_COLORS[s]).toBe(PALETTE.light.sign[s].fill);
    expect(SIGN_COLORS["missed-executing"]).toBe(SERIES_COLORS.execution);
    expect(SIGN_COLORS["meetings-politics"]).toBe(SERIES_COLORS.meetings);
  });
});
