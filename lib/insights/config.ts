/** What the comparisons split the weeks by (issue 15's CLI contract names them). */
export const INSIGHT_DRIVERS = ["execution", "meetings", "mentoring", "totalHours", "lowValueMeetings"] as const;
export type InsightDriver = (typeof INSIGHT_DRIVERS)[number];

/** What they compare: the lead's own 1–5 answers. */
export const INSIGHT_MEASURES = ["satisfaction", "teamGrowthJoy", "skillConfidence", "energyMeetings", "energyExecution", "energyMentoring"] as const;
export type InsightMeasure = (typeof INSIGHT_MEASURES)[number];

/** Every constant of the rule; docs/insights.md gives each one's source or says it is a judgment call. */
export const INSIGHTS_CONFIG = {
  /** Calendar weeks up to asOf that are compared: the last two years, since a lead changes. */
  windowWeeks: 104,
  /** Logged weeks with an answer needed on each side of a split before a pair is tested. */
  minWeeksPerSide: 8,
  /** Familywise error rate over every pair tested for one lead (Holm). */
  alpha: 0.05,
  /** Smallest difference, in rating points, worth a sentence. */
  minDifference: 0.5,
  /** Label shuffles per pair. */
  permutations: 2000,
  /** Labels are shuffled only within runs of this many calendar weeks, so slow drifts don't count. */
  blockWeeks: 13,
  /** Mixed with each pair's name into its shuffles' seed: fixed, so a result never changes between runs. */
  seed: 20_260_515,
} as const;

export type InsightsConfig = { [K in keyof typeof INSIGHTS_CONFIG]: number };
