import type { Activity, SignId } from "../enums";
import type { SignLevel } from "./signals";

// Every colour the report's renderers use where CSS cannot reach (the PDF, the share page's inline SVG
// and CSS, the page's chart fills). One home so it can point at the app's palette module in one edit.
export const REPORT_COLORS = {
  series: {
    meetings: "#d97706",
    execution: "#3b82f6",
    mentoring: "#10b981",
    other: "#8b8b94",
    "missed-executing": "#3b82f6",
    "skills-slipping": "#8b5cf6",
    "meetings-politics": "#d97706",
    "not-set-up": "#10b981",
    "doesnt-like-it": "#db2777",
  } satisfies Record<Activity | SignId, string>,
  /** Level pills: white text on these keeps WCAG AA. */
  level: { ok: "#15803d", watch: "#b45309", alert: "#b91c1c" } satisfies Record<SignLevel, string>,
  band: { ok: "#dcfce7", watch: "#fef3c7", alert: "#fee2e2" } satisfies Record<SignLevel, string>,
  ink: "#1c1917",
  text: "#44403c",
  muted: "#57534e",
  faint: "#78716c",
  rule: "#d6d3d1",
  ruleLight: "#e7e5e4",
  ruleStrong: "#a8a29e",
  plot: "#f5f5f4",
  page: "#fafaf9",
  onLevel: "#ffffff",
  dark: {
    page: "#0c0a09",
    ink: "#f5f5f4",
    muted: "#a8a29e",
    rule: "#44403c",
    plot: "#1c1917",
    /** Error text on the dark page (the light level red is too dark there). */
    alertText: "#fca5a5",
    band: { ok: "#14532d", watch: "#713f12", alert: "#7f1d1d" } satisfies Record<SignLevel, string>,
  },
} as const;
