/**
 * The check-in's 1–5 rating questions, once. The data format's keys, the database columns, the
 * form's questions and end labels, the names in tables, charts, the report and the CSV all come
 * from this table, in its order. Adding a question: docs/contributing.md, "Adding a rating question".
 *
 * The three energy ratings (one per activity) are not here: they belong to the activities
 * (lib/enums.ts ENERGY_ACTIVITIES) and sit under `energy` in the data format.
 */
export type RatingSpec = {
  /** The key in the data format (version 1) and the property of the check-in and its table row. */
  readonly key: string;
  /** The SQL column and the CSV header. */
  readonly column: string;
  /** Its name in tables, chart legends and the report. */
  readonly label: string;
  /** Its name inside a sentence ("skill confidence fell…"). */
  readonly phrase: string;
  /** The check-in form's question and the words under its 1 and its 5. */
  readonly question: string;
  readonly low: string;
  readonly high: string;
  /** For a rating where a high answer is the worse one: said next to its label in the report. */
  readonly highIsWorse?: boolean;
  /** The line's dash pattern in the ratings chart (SVG stroke-dasharray), so lines differ without colour. */
  readonly dash?: string;
};

const TABLE = [
  {
    key: "skillConfidence",
    column: "skill_confidence",
    label: "Skill confidence",
    phrase: "skill confidence",
    question: "Confidence in your hands-on skills",
    low: "rusty",
    high: "sharp",
  },
  {
    key: "politics",
    column: "politics",
    label: "Politics",
    phrase: "politics",
    question: "How much of the week needed politics",
    low: "none",
    high: "everything needed politics",
    highIsWorse: true,
    dash: "6 3",
  },
  {
    key: "support",
    column: "support",
    label: "Support",
    phrase: "support",
    question: "Support for you as a lead",
    low: "no support, training or processes",
    high: "fully set up",
  },
  {
    key: "teamGrowthJoy",
    column: "team_growth_joy",
    label: "Joy from team growth",
    phrase: "joy from team growth",
    question: "Joy from helping the team grow",
    low: "none",
    high: "a lot",
  },
  {
    key: "satisfaction",
    column: "satisfaction",
    label: "Satisfaction",
    phrase: "satisfaction",
    question: "Satisfaction with being a lead this week",
    low: "not at all",
    high: "very",
    dash: "2 3",
  },
] as const satisfies readonly RatingSpec[];

export type Rating = (typeof TABLE)[number]["key"];

/** The rating questions in the order every form, table, chart and file shows them. */
export const RATING_SPECS: readonly (RatingSpec & { readonly key: Rating })[] = TABLE;

/** The rating keys in the table's order. */
export const RATINGS: readonly Rating[] = RATING_SPECS.map((spec) => spec.key);

/** Every rating of one week, null where it was not answered. */
export type Ratings = { [K in Rating]: number | null };

/** The same value for every rating key: a zod schema, a form field type, a value of one week. */
export function perRating<T>(value: (key: Rating) => T): { [K in Rating]: T } {
  const out = {} as { [K in Rating]: T };
  for (const key of RATINGS) out[key] = value(key);
  return out;
}

/** A week without a single rating answered. */
export const NO_RATINGS: Readonly<Ratings> = Object.freeze(perRating(() => null));

/** The ratings of anything that carries them (a check-in, a table row, a chart point). */
export function pickRatings(source: Readonly<Ratings>): Ratings {
  return perRating((key) => source[key]);
}

/** Each rating's row of the table, by key. */
export const RATING_SPEC: { readonly [K in Rating]: RatingSpec } = perRating((key) => TABLE.find((spec) => spec.key === key)!);
