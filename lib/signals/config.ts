import { z } from "zod";

/** A ramp maps a measure onto 0–1: `from` gives 0, `to` gives 1, linear between; either direction. */
export type Ramp = readonly [from: number, to: number];

const WEIGHT_TOLERANCE = 1e-9;

const rampSchema = z
  .tuple([z.number(), z.number()])
  .readonly()
  .refine(([from, to]) => from !== to, "A ramp needs two different ends (it divides by to − from)");

const share = z.number().min(0).max(1);
const weeks = z.number().int().min(1).max(520);

/** Weights of a sign's parts: none negative, adding up to 1 so the sign tops out at 100. */
function weightsSchema<K extends string>(keys: readonly [K, ...K[]]) {
  const shape = Object.fromEntries(keys.map((k) => [k, share])) as Record<K, typeof share>;
  return z.strictObject(shape).refine(
    (w) => Math.abs(Object.values(w as Record<string, number>).reduce((a, b) => a + b, 0) - 1) < WEIGHT_TOLERANCE,
    "The weights of a sign must add up to 1",
  );
}

const enoughDataSchema = z.strictObject({
  /** Logged weeks up to the evaluation week, in all. */
  loggedWeeks: weeks,
  /** Logged weeks within the data window (calendar weeks ending at the evaluation week). */
  loggedInWindow: weeks,
  /** Logged weeks within the data window that answer at least one of the sign's questions (0: none asked). */
  answeredInWindow: z.number().int().min(0).max(520),
});

const taperSchema = z
  .strictObject({
    /** Week of leading (week 1 starts on leadingSince) through which the part counts in full. */
    fullThroughWeek: z.number().min(0),
    /** It tapers smoothly to `floorWeight` at this week of leading and stays there. */
    floorFromWeek: z.number().min(0),
    floorWeight: share,
  })
  .refine((t) => t.floorFromWeek > t.fullThroughWeek, "floorFromWeek must come after fullThroughWeek (the taper divides by the difference)");

export const signalsConfigSchema = z
  .strictObject({
    levels: z
      .strictObject({ watchFrom: z.number().int().min(1).max(100), alertFrom: z.number().int().min(1).max(100) })
      .refine((l) => l.watchFrom < l.alertFrom, "watchFrom must be below alertFrom"),
    /** A part is named in the evidence from this value (0–1); at most watchFrom / 100 so a raised sign always has evidence. */
    evidenceFromPart: z.number().gt(0).max(1),
    windows: z
      .strictObject({
        /** The leader's execution baseline: the interquartile mean of their first logged weeks. */
        baselineWeeks: weeks,
        /** "Lately": the last logged weeks that levels and shares are averaged over. */
        recentWeeks: weeks,
        /** Least-squares slopes and sustained levels run over the last logged weeks. */
        trendWeeks: weeks,
        minTrendPoints: z.number().int().min(2),
        /** Calendar weeks, ending at the evaluation week, in which each sign must find enough data. */
        dataWindowWeeks: weeks,
      })
      .refine((w) => w.minTrendPoints <= w.trendWeeks, "minTrendPoints must fit in trendWeeks"),
    enoughData: z.strictObject({
      missedExecuting: enoughDataSchema,
      skillsSlipping: enoughDataSchema,
      meetingsPolitics: enoughDataSchema,
      notSetUp: enoughDataSchema,
      doesntLikeIt: enoughDataSchema,
      workload: enoughDataSchema,
    }),
    /** Rising / falling: the score against the mean of the previous `comparedWeeks` judged weeks. */
    direction: z.strictObject({ comparedWeeks: weeks, points: z.number().gt(0).max(100) }),
    /** "Back to ok after N weeks at alert": said for a raised stretch of at least minWeeks, while the calmer one is at most withinWeeks old. */
    recovery: z.strictObject({ minWeeks: weeks, withinWeeks: weeks }),
    /** The headline mentions a break in logging from this many weeks since the last check-in. */
    notLogging: z.strictObject({ fromWeeks: weeks }),
    /** Calendar-week streaks survive this many weeks with no answer (not logged or unanswered); more ends them. */
    streaks: z.strictObject({ maxGapWeeks: z.number().int().min(0).max(52) }),
    notes: z.strictObject({ perSign: z.number().int().min(0).max(10), maxLength: z.number().int().min(20).max(2000) }),
    steps: z.strictObject({ perSign: z.number().int().min(1).max(5) }),
    workload: z
      .strictObject({
        watchFromHours: z.number().gt(0).max(168),
        alertFromHours: z.number().gt(0).max(168),
        /** A rise of the recent mean over the weeks before it, in hours; counts only from riseFromHours. */
        riseHours: z.number().gt(0).max(168),
        riseFromHours: z.number().min(0).max(168),
        /** Hours a week read as 0–1 by the signs that long weeks strengthen. */
        feedHours: rampSchema,
      })
      .refine((w) => w.watchFromHours < w.alertFromHours, "watchFromHours must be below alertFromHours"),
    missedExecuting: z.strictObject({
      weights: weightsSchema(["dropVsBaseline", "belowTarget", "falling"]),
      /** Percentage points the execution share fell from the baseline to the recent weeks. */
      dropVsBaselinePoints: rampSchema,
      /** How much of the leader's executionMinPct is missing, as a fraction of it. */
      belowTargetShortfall: rampSchema,
      /** Percentage points per logged week (downward). */
      fallingPointsPerWeek: rampSchema,
      /** Execution minus meetings energy (1–5 ratings), averaged over energyWeeks. */
      energyWeeks: weeks,
      energyGap: rampSchema,
      /** Score multiplier when execution does not energize more than meetings, and when energy is unrated. */
      energyFactor: z.strictObject({ notPreferred: share, unknown: share }),
    }),
    skillsSlipping: z.strictObject({
      weights: weightsSchema(["lowHandsOnStreak", "confidence", "falling"]),
      /** A week counts as "little or no hands-on work" below this share of its hours. */
      lowHandsOnPct: z.number().min(0).max(100),
      lowHandsOnStreakWeeks: rampSchema,
      /** The leader's usual rating (the median before the trend window) against the mean over it: a sustained fall. */
      confidenceDrop: rampSchema,
      confidenceFallingPerWeek: rampSchema,
      /** The mean over the trend window: a sustained level, not one bad week. */
      confidenceLow: rampSchema,
    }),
    meetingsPolitics: z.strictObject({
      weights: weightsSchema(["aboveTarget", "rising", "longHours", "lowValue", "politics", "drainingEnergy"]),
      /** Percentage points above the leader's meetingsMaxPct. */
      aboveTargetPoints: rampSchema,
      risingPointsPerWeek: rampSchema,
      /** Low-value hours as a fraction of meeting hours, in the recent weeks that answered it. */
      lowValueShare: rampSchema,
      politics: rampSchema,
      meetingsEnergy: rampSchema,
      /** Meetings energy from which the load parts (share, rise, long hours) count less, down to `factor`. */
      enjoyment: z.strictObject({ energy: rampSchema, factor: share }),
    }),
    notSetUp: z.strictObject({
      weights: weightsSchema(["noOneOnOne", "noTraining", "lowSupport"]),
      /** Calendar weeks from the first answered "no" of a run to its latest; away weeks left out. */
      noOneOnOneStreakWeeks: rampSchema,
      noTrainingStreakWeeks: rampSchema,
      support: rampSchema,
      /** Only the training part tapers with tenure; 1:1s and support keep their weight. */
      trainingTaper: taperSchema,
    }),
    doesntLikeIt: z
      .strictObject({
        /** lowJoy and satisfaction lead; the other parts add weight only up to the stronger of those two. satisfaction is the strongest of its drop (the usual rating against the trend-window mean), its slope and its recent level. */
        weights: weightsSchema(["lowJoy", "satisfaction", "mentoringBelowTarget", "othersRaised", "longHours"]),
        joy: rampSchema,
        satisfactionDrop: rampSchema,
        satisfactionFallingPerWeek: rampSchema,
        satisfactionLow: rampSchema,
        /** How much of the leader's mentoringMinPct is missing, as a fraction of it. */
        mentoringShortfall: rampSchema,
        /** Each other sign adds 0–1 as its score climbs this ramp... */
        otherSignScore: rampSchema,
        /** ...and the sum over the four other signs is read on this ramp. */
        othersRaisedSum: rampSchema,
      })
      .refine((d) => d.weights.lowJoy + d.weights.satisfaction > 0, "Joy and satisfaction must carry weight"),
  })
  .refine((c) => c.evidenceFromPart <= c.levels.watchFrom / 100, {
    message: "evidenceFromPart must be at most watchFrom / 100, or a raised sign could have no evidence",
    path: ["evidenceFromPart"],
  });

export type SignalsConfig = z.output<typeof signalsConfigSchema>;
export type SignalsConfigInput = z.input<typeof signalsConfigSchema>;

/** Validated once per config object: evaluate() runs often with the same config. */
const validated = new WeakSet<object>();

/** The config if it is sound; throws a RangeError naming every problem (a ramp with equal ends, weights not adding up…). */
export function validateSignalsConfig(config: SignalsConfigInput): SignalsConfig {
  if (validated.has(config)) return config as SignalsConfig;
  const parsed = signalsConfigSchema.safeParse(config);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "config"}: ${i.message}`);
    throw new RangeError(`Invalid signals config:\n${problems.join("\n")}`);
  }
  validated.add(config);
  return config as SignalsConfig;
}

export const SIGNALS_CONFIG: SignalsConfig = validateSignalsConfig({
  levels: { watchFrom: 40, alertFrom: 70 },
  evidenceFromPart: 0.25,
  windows: { baselineWeeks: 8, recentWeeks: 4, trendWeeks: 8, minTrendPoints: 6, dataWindowWeeks: 12 },
  enoughData: {
    missedExecuting: { loggedWeeks: 6, loggedInWindow: 3, answeredInWindow: 0 },
    skillsSlipping: { loggedWeeks: 4, loggedInWindow: 3, answeredInWindow: 3 },
    meetingsPolitics: { loggedWeeks: 4, loggedInWindow: 3, answeredInWindow: 0 },
    notSetUp: { loggedWeeks: 3, loggedInWindow: 3, answeredInWindow: 3 },
    doesntLikeIt: { loggedWeeks: 4, loggedInWindow: 3, answeredInWindow: 3 },
    workload: { loggedWeeks: 3, loggedInWindow: 3, answeredInWindow: 0 },
  },
  direction: { comparedWeeks: 4, points: 10 },
  recovery: { minWeeks: 2, withinWeeks: 12 },
  notLogging: { fromWeeks: 3 },
  streaks: { maxGapWeeks: 6 },
  notes: { perSign: 2, maxLength: 280 },
  steps: { perSign: 3 },
  workload: { watchFromHours: 50, alertFromHours: 55, riseHours: 10, riseFromHours: 45, feedHours: [45, 55] },
  missedExecuting: {
    weights: { dropVsBaseline: 0.5, belowTarget: 0.3, falling: 0.2 },
    dropVsBaselinePoints: [8, 23],
    belowTargetShortfall: [0.1, 0.6],
    fallingPointsPerWeek: [1, 3],
    energyWeeks: 8,
    energyGap: [0, 1],
    energyFactor: { notPreferred: 0.3, unknown: 0.65 },
  },
  skillsSlipping: {
    weights: { lowHandsOnStreak: 0.15, confidence: 0.75, falling: 0.1 },
    lowHandsOnPct: 10,
    lowHandsOnStreakWeeks: [3, 12],
    confidenceDrop: [1, 2],
    confidenceFallingPerWeek: [0.15, 0.35],
    confidenceLow: [3, 2],
  },
  meetingsPolitics: {
    weights: { aboveTarget: 0.25, rising: 0.1, longHours: 0.1, lowValue: 0.2, politics: 0.2, drainingEnergy: 0.15 },
    aboveTargetPoints: [0, 15],
    risingPointsPerWeek: [0.5, 2.5],
    lowValueShare: [0.2, 0.5],
    politics: [3, 4.5],
    meetingsEnergy: [3, 1.5],
    enjoyment: { energy: [3.5, 4.5], factor: 0.3 },
  },
  notSetUp: {
    weights: { noOneOnOne: 0.4, noTraining: 0.25, lowSupport: 0.35 },
    noOneOnOneStreakWeeks: [2, 8],
    noTrainingStreakWeeks: [4, 12],
    support: [3, 1.5],
    trainingTaper: { fullThroughWeek: 13, floorFromWeek: 26, floorWeight: 0.5 },
  },
  doesntLikeIt: {
    weights: { lowJoy: 0.45, satisfaction: 0.35, mentoringBelowTarget: 0.1, othersRaised: 0.05, longHours: 0.05 },
    joy: [3, 1.5],
    satisfactionDrop: [1, 2],
    satisfactionFallingPerWeek: [0.15, 0.35],
    satisfactionLow: [2.5, 1.5],
    mentoringShortfall: [0.25, 0.75],
    otherSignScore: [30, 60],
    othersRaisedSum: [1, 3],
  },
});
