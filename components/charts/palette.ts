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

export const SIGN_COLORS = {
  "missed-executing": "#3b82f6",
  "skills-slipping": "#8b5cf6",
  "meetings-politics": "#d97706",
  "not-set-up": "#10b981",
  "doesnt-like-it": "#db2777",
} as const;
