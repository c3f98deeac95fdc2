import { existsSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { wordParts } from "./line-breaks";

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
