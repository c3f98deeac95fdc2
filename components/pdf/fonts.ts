import { existsSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { wordParts } from "./line-breaks";
import { cheapFontIdentity, speedUpShaping, type NamedFont, type ShapingFont } from "./shaping";

export const PDF_FONT_FAMILY = ["Noto Sans", "Noto Sans SC"];

const FONT_FILES = {
  regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  cjk: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
} as const;

// The TTFs, not the WOFF2 files: @react-pdf cannot embed WOFF2. Resolved from the working directory
// (npm scripts, next start and vitest all run from the project root) so no bundler rewrites the path.
function fontPath(file: string): string {
  const full = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", file);
  if (!existsSync(full)) throw new Error(`PDF font missing: ${full} (run npm ci in the project root)`);
  return full;
}

let registered = false;

/** Registers Noto Sans (Latin, Cyrillic, Greek) and Noto Sans SC as the fallback for Chinese, once per process. */
export function registerPdfFonts(): void {
  if (registered) return;
  Font.register({
    family: "Noto Sans",
    fonts: [
      { src: fontPath(FONT_FILES.regular), fontWeight: 400 },
      { src: fontPath(FONT_FILES.bold), fontWeight: 700 },
    ],
  });
  Font.register({ family: "Noto Sans SC", fonts: [{ src: fontPath(FONT_FILES.cjk), fontWeight: 400 }] });
  // No hyphenation: names and ISO weeks stay whole; CJK and over-long words get hyphen-free breaks.
  Font.registerHyphenationCallback(wordParts);
  registered = true;
}

const FACES = [
  { fontFamily: "Noto Sans", fontWeight: 400 },
  { fontFamily: "Noto Sans", fontWeight: 700 },
  { fontFamily: "Noto Sans SC", fontWeight: 400 },
] as const;
let loading: Promise<void> | null = null;

/**
 * Registers the fonts and loads them, once per process, with the faster shaping of shaping.ts. The
 * CJK face (10 MB) is parsed here once rather than on the first report that needs it; only the glyphs
 * a report uses are embedded in its PDF.
 */
export function loadPdfFonts(): Promise<void> {
  registerPdfFonts();
  loading ??= (async () => {
    for (const face of FACES) {
      await Font.load(face);
      const data = Font.getFont(face)?.data as (ShapingFont & NamedFont) | null | undefined;
      if (data && typeof data.layout === "function") {
        speedUpShaping(data);
        cheapFontIdentity(data);
      }
    }
  })();
  return loading;
}
