// Faster text shaping for the PDF's fonts, with the same glyphs and positions as fontkit's own.
//
// Shaping (fontkit's OpenType GSUB/GPOS pass) was the largest single cost of a report PDF: Noto Sans
// has hundreds of lookups, and fontkit finds a glyph in a lookup's coverage and class tables by
// scanning their ranges one by one, for every glyph and every lookup. Two changes, both exact:
// - coverage and class tables are looked up in a Map built once per table (the fonts load once per process);
// - a run is shaped word by word (a word with the spaces after it), each word once per process in a
//   bounded cache: a report is mostly the same words, numbers and labels, in every week and every report.
//   Kerning and ligatures never cross a space in these fonts, so the result is the one fontkit gives for
//   the whole run (tests/unit/pdf/shaping.test.ts compares them in Latin, Cyrillic, Greek and CJK).
// - a Chinese run (no spaces to cut at) is shaped Han character by Han character, the stretches of kana
//   and punctuation between them whole: no default feature of Noto Sans SC joins a Han character to a
//   neighbour, while kana kern with punctuation (き、) and 〳〵 is one glyph, so those are never cut.

/** The parts of fontkit's internals used here (fontkit 2.0): checked at run time, so a change there only loses the speed-up. */
type Coverage = { version: number; glyphs?: ArrayLike<number>; rangeRecords?: Array<{ start: number; end: number; startCoverageIndex: number }> };
type ClassDef = { version: number; classRangeRecord?: Array<{ start: number; end: number; class: number }> };
type Processor = {
  coverageIndex: (coverage: Coverage, glyph?: number | null) => number;
  getClassID: (glyph: number, classDef: ClassDef) => number;
  glyphIterator: { cur: { id: number } };
};
type GlyphRun = { glyphs: unknown[]; positions: unknown[] };
type Layout = (text: string, features?: unknown, script?: string, language?: string, direction?: string) => GlyphRun;
export type ShapingFont = { layout: Layout; unitsPerEm?: number; hasGlyphForCodePoint?: (codePoint: number) => boolean; _layoutEngine?: { engine?: { GSUBProcessor?: Processor | null; GPOSProcessor?: Processor | null } } };

/** Words kept per font: a few hundred kB each, enough for every word of a long report and the labels of all. */
export const WORD_CACHE_SIZE = 20_000;
/** A word longer than this (a URL, a run of CJK without spaces) is shaped on its own, never cached. */
const MAX_CACHED_WORD = 64;

const coverageMaps = new WeakMap<Coverage, Map<number, number>>();
const classMaps = new WeakMap<ClassDef, Map<number, number>>();

function coverageMap(coverage: Coverage): Map<number, number> | null {
  let map = coverageMaps.get(coverage);
  if (map) return map;
  map = new Map();
  if (coverage.version === 1 && coverage.glyphs) {
    // indexOf finds the first: keep the first index of a glyph listed twice.
    for (let i = 0; i < coverage.glyphs.length; i++) if (!map.has(coverage.glyphs[i]!)) map.set(coverage.glyphs[i]!, i);
  } else if (coverage.version === 2 && coverage.rangeRecords) {
    for (const r of coverage.rangeRecords) for (let id = r.start; id <= r.end; id++) if (!map.has(id)) map.set(id, r.startCoverageIndex + id - r.start);
  } else {
    return null;
  }
  coverageMaps.set(coverage, map);
  return map;
}

function classMap(classDef: ClassDef): Map<number, number> | null {
  let map = classMaps.get(classDef);
  if (map) return map;
  if (classDef.version !== 2 || !classDef.classRangeRecord) return null;
  map = new Map();
  for (const r of classDef.classRangeRecord) for (let id = r.start; id <= r.end; id++) if (!map.has(id)) map.set(id, r.class);
  classMaps.set(classDef, map);
  return map;
}

/** Gives one GSUB/GPOS processor Map-based table look-ups; the same answers as fontkit's range scans. */
function speedUpProcessor(processor: Processor): void {
  const { coverageIndex, getClassID } = processor;
  processor.coverageIndex = function (this: Processor, coverage, glyph) {
    const id = glyph ?? this.glyphIterator.cur.id;
    const map = coverageMap(coverage);
    return map ? (map.get(id) ?? -1) : coverageIndex.call(this, coverage, id);
  };
  processor.getClassID = function (this: Processor, glyph, classDef) {
    const map = classDef.version === 2 ? classMap(classDef) : null;
    return map ? (map.get(glyph) ?? 0) : getClassID.call(this, glyph, classDef);
  };
}

/** A word and the spaces after it; leading spaces stand alone. */
const WORDS = /\s+|\S+\s*/g;
/** fontkit shapes a whole run in the script of its first letter that has one (digits and punctuation have none). */
const FIRST_SCRIPTED = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
/** The scripts shaped word by word, as OpenType tags; runs in any other script are shaped whole. */
const WORD_SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Latin}/u, "latn"],
  [/\p{Script=Cyrillic}/u, "cyrl"],
  [/\p{Script=Greek}/u, "grek"],
];

/** The OpenType script fontkit would pick for the whole of `text`, if it is one shaped word by word; null otherwise. */
export function runScript(text: string): string | null {
  const first = FIRST_SCRIPTED.exec(text)?.[0];
  if (first === undefined) return "zzzz";
  return WORD_SCRIPTS.find(([re]) => re.test(first))?.[1] ?? null;
}

/** Shapes `text` word by word in `script` through `cache`, concatenating the words' glyphs and positions. */
function shapeByWords(layout: Layout, cache: Map<string, GlyphRun>, text: string, features: unknown, script: string, direction: string | undefined): GlyphRun {
  return shapePieces(layout, cache, text.matchAll(WORDS), features, script, direction);
}

/** Shapes each piece of a run in `script` through `cache` ("zzzz": no script), concatenating their glyphs and positions. */
function shapePieces(layout: Layout, cache: Map<string, GlyphRun>, pieces: Iterable<RegExpMatchArray>, features: unknown, script: string, direction: string | undefined): GlyphRun {
  const glyphs: unknown[] = [];
  const positions: unknown[] = [];
  for (const [word] of pieces) {
    const key = `${script}:${word}`;
    let run = cache.get(key);
    if (run) {
      // Refresh its place: the least recently used word goes first.
      cache.delete(key);
      cache.set(key, run);
    } else {
      // "zzzz" is what fontkit picks for a run without letters: let it pick again for the word, as it would.
      run = layout(word, features, script === "zzzz" ? undefined : script, undefined, direction);
      if (word.length <= MAX_CACHED_WORD) {
        cache.set(key, run);
        if (cache.size > WORD_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
    }
    for (const g of run.glyphs) glyphs.push(g);
    // Copies: a cached word's positions must stay as shaped (pdfkit's own text() scales the ones it gets).
    for (const p of run.positions) positions.push({ ...(p as object) });
  }
  return { glyphs, positions };
}

/** A Han character. In Noto Sans SC no default feature joins one to a neighbour (tests/unit/pdf/shaping.test.ts checks pairs). */
const HAN = /\p{Script=Han}/u;
/** A Han character alone, or a run of anything else (kana and punctuation kern with each other, so they stay together). */
const HAN_PIECES = /\p{Script=Han}|\P{Script=Han}+/gu;
/** Marks, variation selectors and joiners attach to the character before them: a run with any is shaped whole. */
const ATTACHING = /[\p{M}\p{Script=Inherited}\u200c\u200d\ufe00-\ufe0f]/u;

/** Whether fontkit would shape `text` as Han (its first letter is Han) and it can be cut into Han characters and the rest between them. */
export function hanPieces(text: string): boolean {
  const first = FIRST_SCRIPTED.exec(text)?.[0];
  return first !== undefined && HAN.test(first) && !ATTACHING.test(text);
}

/** Shapes a Han run piece by piece in `script` through `cache`: each Han character once per process, each stretch between them as a whole. */
function shapeByHanPieces(layout: Layout, cache: Map<string, GlyphRun>, text: string, features: unknown, script: string, direction: string | undefined): GlyphRun {
  return shapePieces(layout, cache, text.matchAll(HAN_PIECES), features, script, direction);
}

/** Code points looked up per font: far more than a report's alphabets, CJK included. */
const CODE_POINT_CACHE_SIZE = 50_000;

/**
 * textkit asks every font of the stack, for every character of every text, whether it has a glyph, and
 * reads unitsPerEm (a getter through the head table) for every character too. Both answers never change.
 */
function rememberCharacters(font: ShapingFont): void {
  const unitsPerEm = font.unitsPerEm;
  if (typeof unitsPerEm === "number") Object.defineProperty(font, "unitsPerEm", { value: unitsPerEm, configurable: true });
  const has = font.hasGlyphForCodePoint?.bind(font);
  if (!has) return;
  const known = new Map<number, boolean>();
  font.hasGlyphForCodePoint = (codePoint) => {
    let answer = known.get(codePoint);
    if (answer === undefined) {
      answer = has(codePoint);
      if (known.size < CODE_POINT_CACHE_SIZE) known.set(codePoint, answer);
    }
    return answer;
  };
}

const faster = new WeakSet<object>();
const wordCaches = new Set<Map<string, GlyphRun>>();

/** Forgets every shaped word, as in a freshly started server (for `npm run bench`'s cold case). */
export function forgetShapedWords(): void {
  for (const cache of wordCaches) cache.clear();
}

/**
 * Makes one loaded fontkit font shape faster (once; later calls do nothing). Only plain left-to-right
 * runs with the default features go word by word (or Han character by character): anything else is
 * fontkit's own layout, untouched.
 * Callers get their own position objects; the glyph objects are fontkit's, shared as fontkit shares them.
 */
export function speedUpShaping(font: ShapingFont): void {
  if (faster.has(font)) return;
  faster.add(font);
  const layout = font.layout.bind(font) as Layout;
  layout("a"); // builds the font's layout engine and its processors
  const engine = font._layoutEngine?.engine;
  for (const processor of [engine?.GSUBProcessor, engine?.GPOSProcessor]) {
    if (processor && typeof processor.coverageIndex === "function" && typeof processor.getClassID === "function") speedUpProcessor(processor);
  }
  rememberCharacters(font);
  const cache = new Map<string, GlyphRun>();
  wordCaches.add(cache);
  font.layout = (text, features, script, language, direction) => {
    const defaults = features == null || (Array.isArray(features) && features.length === 0);
    const plain = typeof text === "string" && defaults && script == null && language == null && (direction === undefined || direction === "ltr");
    const wordScript = plain ? runScript(text) : null;
    if (wordScript) return shapeByWords(layout, cache, text, features, wordScript, direction);
    if (plain && hanPieces(text)) return shapeByHanPieces(layout, cache, text, features, "hani", direction);
    return layout(text, features, script, language, direction);
  };
}

export type NamedFont = { name?: unknown; postscriptName?: string; _tables?: { head?: { checkSumAdjustment?: number }; name?: { records?: object } } };

/**
 * pdfkit compares two fonts by JSON.stringify of their whole name table (the licence text included) each
 * time a run of text is drawn: a twentieth of a report's time. The records of a font loaded once say
 * who they are in a few characters instead; fonts that differ still differ (name and checksum).
 */
export function cheapFontIdentity(font: NamedFont): void {
  void font.name; // decodes the name table into _tables
  const records = font._tables?.name?.records;
  if (!records || Object.prototype.hasOwnProperty.call(records, "toJSON")) return;
  const identity = `${font.postscriptName ?? ""}#${font._tables?.head?.checkSumAdjustment ?? ""}`;
  Object.defineProperty(records, "toJSON", { value: () => identity, enumerable: false });
}
