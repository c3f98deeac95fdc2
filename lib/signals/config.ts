/** A ramp maps a measure onto 0–1: `from` gives 0, `to` gives 1, linear between; either direction. */
export type Ramp = readonly [from: number, to: number];

export type SignalsConfig = {
  levels: { watchFrom: number; alertFrom: number };
  /** A part of a sign is named in the evidence from this value (0–1); keep it at or under watchFrom / 100. */
  evidenceFromPart: number;
  windows: {
    /** The leader's own baseline: the first logged weeks (or answered ratings). */
    earlyWeeks: number;
    /** "Lately": the last logged weeks that levels and shares are averaged over. */
    recentWeeks: number;
    /** Least-squares slopes run over the last logged weeks. */
    trendWeeks: number;
    minTrendPoints: number;
    /** Scores count in full from this many logged weeks; fewer scale down linearly from one week (0). */
    fullWeightFromWeeks: number;
  };
  missedExecuting: {
    weights: { dropVsEarly: number; belowTarget: number; falling: number };
    /** Percentage points the execution share fell from the early weeks to the recent ones. */
    dropVsEarlyPoints: Ramp;
    /** How much of the leader's executionMinPct is missing, as a fraction of it. */
    belowTargetShortfall: Ramp;
    /** Percentage points per logged week (downward). */
    fallingPointsPerWeek: Ramp;
    /** Execution minus meetings energy (1–5 ratings), averaged over energyWeeks. */
    energyWeeks: number;
    energyGap: Ramp;
    /** Score multiplier when execution does not energize more than meetings, and when energy is unrated. */
    energyFactor: { notPreferred: number; unknown: number };
  };
  skillsSlipping: {
    /** confidence is the strongest of its drop against the early weeks, its slope and its level. */
    weights: { lowHandsOnStreak: number; confidence: number };
    /** A week counts as "little or no hands-on work" below this share of its hours. */
    lowHandsOnPct: number;
    lowHandsOnStreakWeeks: Ramp;
    confidenceDrop: Ramp;
    confidenceFallingPerWeek: Ramp;
    confidenceLow: Ramp;
  };
  meetingsPolitics: {
    weights: { aboveTarget: number; rising: number; lowValue: number; politics: number; drainingEnergy: number };
    /** Percentage points above the leader's meetingsMaxPct. */
    aboveTargetPoints: Ramp;
    risingPointsPerWeek: Ramp;
    /** Low-value hours as a fraction of meeting hours, in the recent weeks that answered it. */
    lowValueShare: Ramp;
    politics: Ramp;
    meetingsEnergy: Ramp;
  };
  notSetUp: {
    weights: { noOneOnOne: number; noTraining: number; lowSupport: number };
    /** Answered "no" in a row; unanswered weeks neither count nor break the run. */
    noOneOnOneStreakWeeks: Ramp;
    noTrainingStreakWeeks: Ramp;
    support: Ramp;
    /** Week of leading (week 1 starts on leadingSince) through which the sign counts in full. */
    fullWeightThroughWeek: number;
    /** The weight tapers smoothly to `floorWeight` at this week of leading and stays there. */
    floorFromWeek: number;
    floorWeight: number;
  };
  doesntLikeIt: {
    /** satisfaction is the strongest of its drop against the early weeks, its slope and its level. */
    weights: { lowJoy: number; satisfaction: number; othersRaised: number };
    joy: Ramp;
    satisfactionDrop: Ramp;
    satisfactionFallingPerWeek: Ramp;
    satisfactionLow: Ramp;
    /** Each other sign adds 0–1 as its score climbs this ramp... */
    otherSignScore: Ramp;
    /** ...and the sum over the four other signs is read on this ramp. */
    othersRaisedSum: Ramp;
  };
};

export const SIGNALS_CONFIG: SignalsConfig = {
  levels: { watchFrom: 40, alertFrom: 70 },
  evidenceFromPart: 0.25,
  windows: { earlyWeeks: 4, recentWeeks: 4, trendWeeks: 8, minTrendPoints: 4, fullWeightFromWeeks: 8 },
  missedExecuting: {
    weights: { dropVsEarly: 0.5, belowTarget: 0.3, falling: 0.2 },
    dropVsEarlyPoints: [5, 20],
    belowTargetShortfall: [0.1, 0.6],
    fallingPointsPerWeek: [0.5, 2.5],
    energyWeeks: 8,
    energyGap: [0, 1],
    energyFactor: { notPreferred: 0.3, unknown: 0.65 },
  },
  skillsSlipping: {
    weights: { lowHandsOnStreak: 0.5, confidence: 0.5 },
    lowHandsOnPct: 10,
    lowHandsOnStreakWeeks: [3, 12],
    confidenceDrop: [0.5, 1.5],
    confidenceFallingPerWeek: [0.1, 0.25],
    confidenceLow: [2.5, 1.5],
  },
  meetingsPolitics: {
    weights: { aboveTarget: 0.25, rising: 0.1, lowValue: 0.2, politics: 0.25, drainingEnergy: 0.2 },
    aboveTargetPoints: [0, 15],
    risingPointsPerWeek: [0.5, 2.5],
    lowValueShare: [0.2, 0.5],
    politics: [3, 4.5],
    meetingsEnergy: [3, 1.5],
  },
  notSetUp: {
    weights: { noOneOnOne: 0.4, noTraining: 0.3, lowSupport: 0.3 },
    noOneOnOneStreakWeeks: [2, 8],
    noTrainingStreakWeeks: [4, 12],
    support: [3, 1.5],
    fullWeightThroughWeek: 13,
    floorFromWeek: 26,
    floorWeight: 0.5,
  },
  doesntLikeIt: {
    weights: { lowJoy: 0.5, satisfaction: 0.3, othersRaised: 0.2 },
    joy: [3, 1.5],
    satisfactionDrop: [0.5, 1.5],
    satisfactionFallingPerWeek: [0.1, 0.25],
    satisfactionLow: [2.5, 1.5],
    otherSignScore: [30, 60],
    othersRaisedSum: [1, 3],
  },
};
