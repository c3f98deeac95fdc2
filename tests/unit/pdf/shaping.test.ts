import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hanPieces, runScript, speedUpShaping, type ShapingFont } from "@/components/pdf/shaping";

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

const range = (from: number, to: number, step = 1) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => String.fromCodePoint(from + i * step));

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

  it("shapes Chinese character by character with fontkit's own glyphs and positions (kana and punctuation kern, so they stay together)", () => {
    const plain = load(FACES.cjk);
    const fast = load(FACES.cjk);
    speedUpShaping(fast);
    // Pairs of every CJK punctuation mark, full-width form and a sample of kana and ideographs: a Han
    // character never kerns or joins with a neighbour, the rest (き、, 〳〵) do and are shaped together.
    const marks = [...range(0x3000, 0x303f), ...range(0xff01, 0xff65), ...range(0x3041, 0x30ff, 5), ...range(0x4e00, 0x9fff, 997), ..."我们李雷２０２６年"];
    for (const a of marks) {
      const pairs = marks.map((b) => `我${a}${b}`).join("");
      expect(shape(fast, pairs), `after ${a}`).toEqual(shape(plain, pairs));
    }
    const notes = [
      "我们团队这周完成了发布计划，但是会议太多了，我几乎没有时间写代码。「引号」（括号）",
      "周三晚上出了事故，我们四十分钟内回滚，周五写完了复盘。2026年12月1日 10:30 ＡＢＣ１２３",
      "指導のきき、こ。カタカナ・ひらがな〳〵〴〵ー々〻ゝゞヽヾ",
      "𠀀𠀁 extension B 𪜀",
    ];
    for (const text of notes) {
      expect(shape(fast, text), text).toEqual(shape(plain, text));
      expect(shape(fast, text), `${text} (cached)`).toEqual(shape(plain, text));
    }
    // A variation selector stays with its character: such a run is shaped whole.
    expect(hanPieces("葛\u{E0100}城")).toBe(false);
    expect(shape(fast, "葛\u{E0100}城")).toEqual(shape(plain, "葛\u{E0100}城"));
    expect(hanPieces("我们 team")).toBe(true);
    expect(hanPieces("きき我")).toBe(false);
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
