// Text rules shared by the schemas and the forms' counters; free of zod so client code can import them.

/**
 * The length the app shows and enforces: Unicode code points, so "👍" counts 1 (not 2 UTF-16
 * units) and the count equals SQLite's length() of the stored text.
 */
export function textLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export type ForbiddenCharacter = {
  /** 1-based position counted like textLength. */
  position: number;
  codePoint: number;
  kind: "unpaired-surrogate" | "control";
};

const CONTROL_ONE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The first character text fields refuse: an unpaired UTF-16 surrogate (not Unicode, and SQLite
 * would store it as bytes that read back as three U+FFFD) or a control character (NUL included,
 * which PostgreSQL cannot store); tab, line feed and carriage return are allowed in multi-line text.
 */
export function findForbiddenCharacter(text: string, { multiline = false } = {}): ForbiddenCharacter | null {
  const control = multiline ? CONTROL_MULTILINE : CONTROL_ONE_LINE;
  if (!control.test(text) && !SURROGATE.test(text)) return null;
  let position = 0;
  for (const char of text) {
    position++;
    const codePoint = char.codePointAt(0)!;
    // A pair iterates as one astral character (length 2); a lone surrogate as itself.
    if (char.length === 1 && SURROGATE.test(char)) return { position, codePoint, kind: "unpaired-surrogate" };
    if (control.test(char)) return { position, codePoint, kind: "control" };
  }
  return null;
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;

/** "The note has a broken character (U+D800, an unpaired surrogate) at position 3; remove it." */
export function forbiddenCharacterMessage(what: string, found: ForbiddenCharacter): string {
  const kind = found.kind === "unpaired-surrogate" ? "a broken character" : "an invisible control character";
  const detail = found.kind === "unpaired-surrogate" ? `${hex(found.codePoint)}, half of a surrogate pair` : hex(found.codePoint);
  return `${what} has ${kind} (${detail}) at position ${found.position.toLocaleString("en-US")}; remove it`;
}
