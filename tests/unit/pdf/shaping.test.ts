import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScript, speedUpShaping, type ShapingFont } from "@/components/pdf/shaping";

// fontkit is @react-pdf's own font engine (a dependency of @react-pdf/font): two copies of each face,
// one as fontkit shapes it and one sped up, must give the same glyphs at the same positions.
const fontkit = createRequire(import.meta.url)("fontkit") as { create: (data: Buffer) => ShapingFont };
const FACES = {
  regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  cjk: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
};
const load = (file: string) => fontkit.create(readFileSync(path.join(process.cwd(), "node_modules", file)));

type Shaped = { glyphs: Array<{ id: number; codePoints: number[] }>; positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }> };
const shape = (font: ShapingFont, text: string) => {
  const run = font.layout(text, [], undefined, undefined, "ltr") as unknown as Shaped;
  return {
    glyphs: run.glyphs.map((g) => [g.id, ...g.codePoints].join(" ")),
    positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset].join(" ")),
  };
};

const TEXTS = [
  "Planning went long again and the release slipped by a day, so we cut scope together.",
  "AVATAR To Ta Yo We VA LT ffi fl fi office \"Quoted\" (paren) L'avion — dash – en, 1/2 3½ №5",
  "Планирование снова затянулось, релиз сдвинулся на день, и мы вместе сократили объём. Ёлка «ёлочки» — тире.",
  "Καλημέρα κόσμε, ΑΥΤΟΚΙΝΗΤΟ άλφα",
  "Café naïve résumé Zoë façade Ångström Łódź İstanbul Việt Nam Đặng",
  "Café naïve résumé Zoë façade Ångström Łódź Việt Nam Đặng".normalize("NFD"),
  "2026-W12   45.6 %  →  – • 100 % 0 %  [2026-W40 start]",
  "   leading spaces, double  spaces,\ttab and\nnew line  ",
  "https://example.com/a/very/long/path/that/keeps/going/and/going/without/any/space/at/all?x=1&y=2",
  "Łukasz Ольга mixed Latin first, then Кириллица and Ελληνικά in one run",
  "12 34 56 — digits first, then words",
];

describe("faster shaping (components/pdf/shaping.ts)", () => {
  it("gives fontkit's own glyphs and positions for Latin, Cyrillic, Greek, marks, digits and spaces", () => {
    for (const face of [FACES.regular, FACES.bold]) {
      const plain = load(face);
      const fast = load(face);
      speedUpShaping(fast);
      for (const text of TEXTS) {
        // Twice: the second time the words come from the cache.
        expect(shape(fast, text), `${face}: ${text}`).toEqual(shape(plain, text));
        expect(shape(fast, text), `${face} (cached): ${text}`).toEqual(shape(plain, text));
      }
      // A whole long note, its words cached or not.
      const note = TEXTS.join(" ").repeat(8);
      expect(shape(fast, note)).toEqual(shape(plain, note));
    }
  });

  it("gives the same Chinese glyphs (shaped whole, with the faster table look-ups)", () => {
    const plain = load(FACES.cjk);
    const fast = load(FACES.cjk);
    speedUpShaping(fast);
    const text = "我们团队这周完成了发布计划，但是会议太多了，我几乎没有时间写代码。「引号」（括号）";
    expect(shape(fast, text)).toEqual(shape(plain, text));
  });

  it("shapes word by word only runs that fontkit would shape as Latin, Cyrillic, Greek or without letters", () => {
    expect(runScript("12 % – Planning")).toBe("latn");
    expect(runScript("Ольга Łukasz")).toBe("cyrl");
    expect(runScript("Ελληνικά")).toBe("grek");
    expect(runScript("45.6 %")).toBe("zzzz");
    expect(runScript("我们 team")).toBeNull();
    expect(runScript("שלום")).toBeNull();
  });

  it("answers which characters a font has, and its units per em, as fontkit does", () => {
    for (const face of [FACES.regular, FACES.cjk]) {
      const plain = load(face);
      const fast = load(face);
      speedUpShaping(fast);
      expect(fast.unitsPerEm).toBe(plain.unitsPerEm);
      for (const ch of "aŁжΩ李雷。😀\u00a0\n\u00ad\u{20000}") {
        const cp = ch.codePointAt(0)!;
        expect(fast.hasGlyphForCodePoint!(cp), `${face} U+${cp.toString(16)}`).toBe(plain.hasGlyphForCodePoint!(cp));
        expect(fast.hasGlyphForCodePoint!(cp)).toBe(plain.hasGlyphForCodePoint!(cp));
      }
    }
  });

  it("speeds a font up once", () => {
    const font = load(FACES.regular);
    speedUpShaping(font);
    const layout = font.layout;
    speedUpShaping(font);
    expect(font.layout).toBe(layout);
  });
});
