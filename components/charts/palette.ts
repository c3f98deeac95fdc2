// The palette lives in lib/palette.ts; this re-export keeps the charts' imports working.
export { SERIES_COLORS, SIGN_COLORS } from "@/lib/palette";
