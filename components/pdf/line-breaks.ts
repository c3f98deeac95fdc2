/** Chinese, Japanese and Korean characters and their punctuation: written without spaces, about twice as wide. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
// Closing marks never start a line and opening marks never end one (the core of CJK kinsoku rules).
const NO_BREAK_BEFORE = /^[\p{Pe}\p{Pf}\p{Po}ー々〻ゝゞヽヾ]/u;
const NO_BREAK_AFTER = /[\p{Ps}\p{Pi}]$/u;
/** A word this long (in graphemes) may not fit a line: it may then break anywhere, without a hyphen. */
export const LONG_WORD = 30;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
/**
 * Letters, digits and punctuation of Latin, Cyrillic, Greek and CJK that never join a neighbour into one
 * grapheme (no marks, joiners, variation selectors, CR or jamo among them): a word of only these is split
 * by code point, the same as the segmenter and many times faster. Any other word goes to the segmenter.
 */
const SIMPLE = /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf\u3000-\u3029\u3030-\u3098\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff9d\uffa0-\uffef]*$/u;

function characters(word: string): string[] {
  return SIMPLE.test(word) ? Array.from(word) : Array.from(graphemes.segment(word), (s) => s.segment);
}

/**
 * The parts of one space-separated word for @react-pdf's hyphenation callback. An empty part is a
 * zero-width break opportunity (no hyphen drawn): between CJK characters, which are written without
 * spaces, and anywhere in a word too long for a line (a URL). Other words stay whole.
 */
export function wordParts(word: string): string[] {
  if (word.length <= LONG_WORD && !CJK.test(word)) return [word];
  const chars = characters(word);
  const long = chars.length > LONG_WORD;
  if (!long && !CJK.test(word)) return [word];
  const cjk = long ? null : chars.map((c) => CJK.test(c));
  const parts: string[] = [];
  let current = chars[0] ?? "";
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1]!;
    const next = chars[i]!;
    const breakable = (long || cjk![i - 1] || cjk![i]) && !NO_BREAK_BEFORE.test(next) && !NO_BREAK_AFTER.test(prev);
    if (breakable) {
      parts.push(current, "");
      current = next;
    } else {
      current += next;
    }
  }
  parts.push(current);
  return parts;
}
