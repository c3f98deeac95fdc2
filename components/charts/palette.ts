// Mid-tone colours that keep at least 3:1 contrast against both the light and the dark card background.
export const SERIES_COLORS = {
  meetings: "#d97706",
  execution: "#3b82f6",
  mentoring: "#10b981",
  other: "#8b8b94",
  skillConfidence: "#3b82f6",
  politics: "#d97706",
  support: "#10b981",
  teamGrowthJoy: "#db2777",
  satisfaction: "#8b5cf6",
} as const;

// The sign colours are part of each sign's metadata in lib/signals.
export { SIGN_COLORS } from "@/lib/signals/meta";
