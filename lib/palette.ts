import { ACTIVITIES, RATINGS, SIGN_IDS, type Activity, type Rating, type SignId } from "./enums";
import type { SignLevel } from "./signals";

/**
 * The app's colours as data, for renderers CSS cannot reach (Recharts props, the PDF, the share
 * page's HTML). app/globals.css declares the same values as Tailwind tokens; a unit test keeps
 * the two equal and checks every text colour for WCAG AA contrast.
 */
export const COLOR_SCHEMES = ["light", "dark"] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

export const LEVELS = ["ok", "watch", "alert"] as const satisfies readonly SignLevel[];

/** `fill` marks bars, lines and swatches (3:1 on every background); `text` is for words (4.5:1). */
export type Swatch = { fill: string; text: string };

/** `fill` is the badge background with `onFill` text on it; `soft` tints a card, `text` works on soft and surface. */
export type LevelColors = { fill: string; onFill: string; text: string; soft: string };

export type Palette = {
  /** The page background. */
  canvas: string;
  /** Cards and inputs. */
  surface: string;
  /** Wells inside a card: tracks, chips, quiet notices. */
  surfaceMuted: string;
  border: string;
  /** Input outlines and dividers that must be seen. */
  borderStrong: string;
  text: string;
  muted: string;
  /** Primary buttons, checked chips, the focus ring, the active navigation mark. */
  accent: string;
  accentHover: string;
  onAccent: string;
  /** Links. */
  accentText: string;
  accentSoft: string;
  activity: Record<Activity, Swatch>;
  rating: Record<Rating, Swatch>;
  sign: Record<SignId, Swatch>;
  level: Record<SignLevel, LevelColors>;
};

// Fills are mid-tones that keep 3:1 against the light and the dark backgrounds, so a series has
// one colour in both schemes (and in the PDF); only the text colours change with the scheme.
const FILL = {
  meetings: "#d47206",
  execution: "#3b82f6",
  mentoring: "#059669",
  other: "#8b8b94",
  violet: "#8b5cf6",
  pink: "#db2777",
} as const;

const TEXT = {
  light: { meetings: "#b45309", execution: "#1d4ed8", mentoring: "#047857", other: "#57534e", violet: "#6d28d9", pink: "#be185d" },
  dark: { meetings: "#fbbf24", execution: "#60a5fa", mentoring: "#34d399", other: "#a8a29e", violet: "#a78bfa", pink: "#f472b6" },
} as const;

type Hue = keyof typeof FILL;

const ACTIVITY_HUE: Record<Activity, Hue> = { meetings: "meetings", execution: "execution", mentoring: "mentoring", other: "other" };

const RATING_HUE: Record<Rating, Hue> = {
  skillConfidence: "execution",
  politics: "meetings",
  support: "mentoring",
  teamGrowthJoy: "pink",
  satisfaction: "violet",
};

const SIGN_HUE: Record<SignId, Hue> = {
  "missed-executing": "execution",
  "skills-slipping": "violet",
  "meetings-politics": "meetings",
  "not-set-up": "mentoring",
  "doesnt-like-it": "pink",
};

function swatches<K extends string>(keys: readonly K[], hues: Record<K, Hue>, scheme: ColorScheme): Record<K, Swatch> {
  return Object.fromEntries(keys.map((k): [K, Swatch] => [k, { fill: FILL[hues[k]], text: TEXT[scheme][hues[k]] }])) as Record<K, Swatch>;
}

export const PALETTE: Record<ColorScheme, Palette> = {
  light: {
    canvas: "#fafaf9",
    surface: "#ffffff",
    surfaceMuted: "#f5f5f4",
    border: "#e7e5e4",
    borderStrong: "#d6d3d1",
    text: "#1c1917",
    muted: "#57534e",
    accent: "#1d4ed8",
    accentHover: "#1e40af",
    onAccent: "#ffffff",
    accentText: "#1d4ed8",
    accentSoft: "#eff6ff",
    activity: swatches(ACTIVITIES, ACTIVITY_HUE, "light"),
    rating: swatches(RATINGS, RATING_HUE, "light"),
    sign: swatches(SIGN_IDS, SIGN_HUE, "light"),
    level: {
      ok: { fill: "#15803d", onFill: "#ffffff", text: "#15803d", soft: "#f0fdf4" },
      watch: { fill: "#b45309", onFill: "#ffffff", text: "#b45309", soft: "#fffbeb" },
      alert: { fill: "#b91c1c", onFill: "#ffffff", text: "#b91c1c", soft: "#fef2f2" },
    },
  },
  dark: {
    canvas: "#0c0a09",
    surface: "#1c1917",
    surfaceMuted: "#292524",
    border: "#292524",
    borderStrong: "#57534e",
    text: "#f5f5f4",
    muted: "#a8a29e",
    accent: "#60a5fa",
    accentHover: "#93c5fd",
    onAccent: "#0c0a09",
    accentText: "#93c5fd",
    accentSoft: "#172554",
    activity: swatches(ACTIVITIES, ACTIVITY_HUE, "dark"),
    rating: swatches(RATINGS, RATING_HUE, "dark"),
    sign: swatches(SIGN_IDS, SIGN_HUE, "dark"),
    level: {
      ok: { fill: "#4ade80", onFill: "#0c0a09", text: "#86efac", soft: "#052e16" },
      watch: { fill: "#fbbf24", onFill: "#0c0a09", text: "#fcd34d", soft: "#451a03" },
      alert: { fill: "#f87171", onFill: "#0c0a09", text: "#fca5a5", soft: "#450a0a" },
    },
  },
};

/** One fill per activity, rating series and sign: the same in light, dark and print. */
export const ACTIVITY_COLORS: Record<Activity, string> = fillsOf(PALETTE.light.activity);
export const RATING_COLORS: Record<Rating, string> = fillsOf(PALETTE.light.rating);
export const SIGN_COLORS: Record<SignId, string> = fillsOf(PALETTE.light.sign);
/** The chart series by data key (activities and ratings), as the dashboard charts name them. */
export const SERIES_COLORS = { ...ACTIVITY_COLORS, ...RATING_COLORS } as const satisfies Record<Activity | Rating, string>;

function fillsOf<K extends string>(swatchesByKey: Record<K, Swatch>): Record<K, string> {
  return Object.fromEntries(Object.entries<Swatch>(swatchesByKey).map(([k, s]) => [k, s.fill])) as Record<K, string>;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The palette as CSS custom properties, named as app/globals.css names them
 * (`--color-surface`, `--color-meetings`, `--color-meetings-text`, `--color-on-ok`, `--color-ok-soft`…).
 * Activity and sign keys are unique across groups, so they need no prefix.
 */
export function cssVariables(scheme: ColorScheme): Record<string, string> {
  const p = PALETTE[scheme];
  const vars: Record<string, string> = {};
  for (const key of ["canvas", "surface", "surfaceMuted", "border", "borderStrong", "text", "muted", "accent", "accentHover", "onAccent", "accentText", "accentSoft"] as const) {
    vars[`--color-${kebab(key)}`] = p[key];
  }
  for (const a of ACTIVITIES) {
    vars[`--color-${a}`] = p.activity[a].fill;
    vars[`--color-${a}-text`] = p.activity[a].text;
  }
  for (const level of LEVELS) {
    const l = p.level[level];
    vars[`--color-${level}`] = l.fill;
    vars[`--color-on-${level}`] = l.onFill;
    vars[`--color-${level}-text`] = l.text;
    vars[`--color-${level}-soft`] = l.soft;
  }
  return vars;
}

/** WCAG 2.x contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(m[1]!, 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 0xff, n & 0xff].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
