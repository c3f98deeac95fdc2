// Download names for every file the app sends (report, backup): one slug rule, one header.

const SLUG_MAX = 40;
// Latin letters that Unicode does not decompose into a base letter plus a mark.
const ASCII_LOOKALIKES: Record<string, string> = {
  ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ð: "d", Ð: "D", ħ: "h", Ħ: "H", ı: "i",
  ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", þ: "th", Þ: "Th",
};
const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * A name as a file-name part: lower-case letters and digits joined by dashes, at most 40 characters
 * (never cutting one in half). `ascii` folds to a–z and 0–9 for old clients; otherwise the name
 * keeps its own letters. Empty when nothing is left (a name of only CJK letters, in ASCII).
 */
export function slugify(name: string, { ascii }: { ascii: boolean }): string {
  const base = ascii
    ? name
        .replace(/[łŁøØđĐðÐħĦıßæÆœŒþÞ]/g, (c) => ASCII_LOOKALIKES[c]!)
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
    : name.normalize("NFC").toLowerCase();
  const dashed = base.replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{M}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  return Array.from(graphemes.segment(dashed), (s) => s.segment).slice(0, SLUG_MAX).join("").replace(/-+$/, "");
}

export type DownloadName = { ascii: string; unicode: string };

/** `<prefix>-<name>-<suffix>` twice: ASCII-only and with the name's own letters; "leader" when a form has no letters left. */
export function downloadName(prefix: string, name: string, suffix: string): DownloadName {
  const part = (ascii: boolean) => slugify(name, { ascii }) || "leader";
  return { ascii: `${prefix}-${part(true)}-${suffix}`, unicode: `${prefix}-${part(false)}-${suffix}` };
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** RFC 6266: an ASCII filename for old clients plus filename* in UTF-8 for the real name. */
export function attachmentDisposition({ ascii, unicode }: DownloadName): string {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(unicode)}`;
}

/** The name a browser saves a download under: filename* (RFC 5987) first, then the quoted ASCII filename. */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*=UTF-8''([^;\s]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!);
    } catch {
      // A malformed escape: fall back to the ASCII name.
    }
  }
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? null;
}
