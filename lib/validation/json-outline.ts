export type JsonOutline = {
  /** Commas outside strings: about one per value, so a bound on them bounds what JSON.parse builds. */
  separators: number;
  /** Deepest nesting of objects and arrays. */
  depth: number;
  /** The length of each top-level key's value that is an array. */
  arrayLengths: Map<string, number>;
};

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

/** A key as JSON.parse reads it, so "check\\u0069ns" counts as "checkins". */
function decodeKey(raw: string): string {
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Measures a JSON text in one pass without building it (a few milliseconds for 5 MB), so a file
 * that would make JSON.parse build millions of values is refused before it is parsed. For text
 * that is not JSON the figures are approximate; JSON.parse then reports the error.
 */
export function outlineJson(text: string): JsonOutline {
  const arrayLengths = new Map<string, number>();
  let separators = 0;
  let depth = 0;
  let maxDepth = 0;
  let inString = false;
  let stringStart = 0;
  let lastString = "";
  let keyAtDepthOne: string | null = null;
  let counting: { key: string; commas: number; hasValue: boolean } | null = null;

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) {
        inString = false;
        if (depth === 1) lastString = decodeKey(text.slice(stringStart, i));
      }
      continue;
    }
    if (isSpace(c)) continue;
    if (counting && depth === 2 && c !== CLOSE_ARRAY) counting.hasValue = true;
    switch (c) {
      case QUOTE:
        inString = true;
        stringStart = i + 1;
        break;
      case COLON:
        if (depth === 1) keyAtDepthOne = lastString;
        break;
      case COMMA:
        separators++;
        if (counting && depth === 2) counting.commas++;
        if (depth === 1) keyAtDepthOne = null;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        if (c === OPEN_ARRAY && depth === 1 && keyAtDepthOne !== null) counting = { key: keyAtDepthOne, commas: 0, hasValue: false };
        depth++;
        if (depth > maxDepth) maxDepth = depth;
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        depth--;
        if (c === CLOSE_ARRAY && depth === 1 && counting) {
          arrayLengths.set(counting.key, counting.hasValue ? counting.commas + 1 : 0);
          counting = null;
        }
        break;
    }
  }
  return { separators, depth: maxDepth, arrayLengths };
}
